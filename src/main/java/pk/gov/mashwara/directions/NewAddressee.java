package pk.gov.mashwara.directions;

/**
 * An addressee of a new letter: a body of the directory ({@code bodyId}), every body ("All Ministries/Divisions",
 * {@code allBodies}), or an office by name alone (a field office outside the directory).
 *
 * @param name     as the letter names it ("Chairman, PTA"); for a body, defaults to its name
 * @param copyOnly a copy for information
 */
public record NewAddressee(Long bodyId, boolean allBodies, String name, boolean copyOnly) {

    public static NewAddressee body(long bodyId, String name) {
        return new NewAddressee(bodyId, false, name, false);
    }

    public static NewAddressee copy(Long bodyId, String name) {
        return new NewAddressee(bodyId, false, name, true);
    }

    public static NewAddressee named(String name) {
        return new NewAddressee(null, false, name, false);
    }
}
