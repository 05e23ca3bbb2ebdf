/** The directions' pages: the letters register, a letter with its directions and cascade, a direction's progress. */
package pk.gov.mashwara.directions.ui;
