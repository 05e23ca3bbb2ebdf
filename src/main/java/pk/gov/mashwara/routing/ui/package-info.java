/**
 * The routing module's pages: My desk (what waits for the signed-in user, the landing page) and the pendency
 * dashboard (every open draft the user may see, what it waits for, how late, with charts).
 */
package pk.gov.mashwara.routing.ui;
