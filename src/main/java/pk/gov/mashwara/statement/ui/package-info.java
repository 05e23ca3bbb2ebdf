/** The statements' pages: the register of issued statements, the proposals, a statement's page and its dialogs. */
package pk.gov.mashwara.statement.ui;
