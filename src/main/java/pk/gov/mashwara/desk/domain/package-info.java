/** When each user last looked at each draft, kept for the desk's "new since" marks. */
package pk.gov.mashwara.desk.domain;
