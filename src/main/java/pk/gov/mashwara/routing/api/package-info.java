/**
 * The routing REST API: where a draft stands on its route and the actions the caller may take
 * ({@code GET /api/drafts/{id}/routing}), and taking one ({@code POST /api/drafts/{id}/actions/{action}}); a thin
 * layer over {@link pk.gov.mashwara.routing.RoutingService}, which checks who may do what.
 */
package pk.gov.mashwara.routing.api;
