/** Administration of users and committees. */
package pk.gov.mashwara.directory.ui;
