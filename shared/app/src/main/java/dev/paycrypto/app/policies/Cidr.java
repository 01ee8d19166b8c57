package dev.paycrypto.app.policies;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address block of {@code IpAddress} conditions. Only literals are parsed (an IPv4 dotted quad, or
 * text with a colon for IPv6), so that no policy value ever causes a name lookup.
 */
record Cidr(byte[] address, int prefix) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    static Optional<Cidr> parse(String text) {
        int slash = text.indexOf('/');
        String host = slash < 0 ? text : text.substring(0, slash);
        Optional<byte[]> address = literal(host);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int bits = address.get().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String digits = text.substring(slash + 1);
            if (!digits.matches("\\d{1,3}") || Integer.parseInt(digits) > bits) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(digits);
        }
        return Optional.of(new Cidr(address.get(), prefix));
    }

    /** Whether the address {@code ip} (a literal) is in this block. */
    boolean contains(String ip) {
        Optional<byte[]> other = literal(ip);
        if (other.isEmpty() || other.get().length != address.length) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((address[bit / 8] & mask) != (other.get()[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<byte[]> literal(String host) {
        boolean v4 = IPV4.matcher(host).matches();
        if (!v4 && !IPV6.matcher(host).matches()) {
            return Optional.empty();
        }
        if (v4) {
            for (String octet : host.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    return Optional.empty();
                }
            }
        }
        try {
            return Optional.of(InetAddress.getByName(host).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
