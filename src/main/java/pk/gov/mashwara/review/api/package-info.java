/** The review module's REST API: the comparison of two versions of a draft. */
package pk.gov.mashwara.review.api;
