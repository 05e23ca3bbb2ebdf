/** Reading and checking the routing rules. */
package pk.gov.mashwara.routing.rules;
