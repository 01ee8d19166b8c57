package dev.paycrypto.local;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;

/**
 * What the address the service listens on ({@code --host}, an IP literal, so nothing here looks a name up) means
 * for the clients of this machine. Uses {@code java.base} only: the container image's health check loads it.
 */
final class ListenAddress {

    private ListenAddress() {
    }

    /** Where a client on this machine reaches {@code host}, ready for a URL: the loopback for a wildcard. */
    static String forLocalClients(String host) {
        InetAddress address = parse(host);
        String reachable = address != null && address.isAnyLocalAddress()
                ? (address instanceof Inet6Address ? "::1" : "127.0.0.1") : host;
        return reachable.contains(":") ? "[" + reachable + "]" : reachable;
    }

    /** Whether only this machine reaches {@code host}. */
    static boolean isLoopback(String host) {
        InetAddress address = parse(host);
        return address != null && address.isLoopbackAddress();
    }

    /** Whether this machine may listen on {@code host}: a wildcard, the loopback, or one of its interfaces'. */
    static boolean isOfThisMachine(String host) {
        InetAddress address = parse(host);
        try {
            return address != null && (address.isAnyLocalAddress() || address.isLoopbackAddress()
                    || NetworkInterface.getByInetAddress(address) != null);
        } catch (IOException e) {
            return false;
        }
    }

    private static InetAddress parse(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (IOException e) {
            return null;
        }
    }
}
