package pk.gov.mashwara.directions;

/** An addressee of a letter: the body (null for "all" or an office by name alone), as named, and whether a copy. */
public record AddresseeInfo(BodyRef body, boolean allBodies, String name, boolean copyOnly) {
}
