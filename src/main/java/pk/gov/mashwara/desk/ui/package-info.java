/**
 * My desk, the page after signing in, with a part for each of the user's roles; and the recording of each look at a
 * draft's page or reader, contributed through the draft page's and the reader's extension points.
 */
package pk.gov.mashwara.desk.ui;
