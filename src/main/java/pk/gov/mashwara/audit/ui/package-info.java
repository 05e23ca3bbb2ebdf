/** The auditors' view of the audit log. */
package pk.gov.mashwara.audit.ui;
