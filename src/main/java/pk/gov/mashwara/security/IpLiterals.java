package pk.gov.mashwara.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Reads an IP address written out (IPv4 dotted or IPv6), and nothing else: a name is never looked up. (The
 * portal compiles for Java 21, which has no {@code InetAddress.ofLiteral}; {@code getByName} given a literal
 * only parses it.)
 */
final class IpLiterals {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

    private IpLiterals() {
    }

    /** The address, or null when the text is not an IP address. */
    static InetAddress parse(String text) {
        if (text == null) {
            return null;
        }
        var v4 = IPV4.matcher(text);
        if (v4.matches()) {
            for (int i = 1; i <= 4; i++) {
                if (Integer.parseInt(v4.group(i)) > 255) {
                    return null;
                }
            }
        } else if (text.indexOf(':') < 0 || !IPV6.matcher(text).matches()) {
            return null;
        }
        try {
            // a dotted quad or text with a colon is parsed as a literal, never resolved
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
