package dev.swfrelay.cli.command;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The URLs a server bound to an address is reachable at: for a wildcard bind ({@code 0.0.0.0},
 * {@code ::}) this machine's IPv4 addresses on interfaces that are up, the loopback one last
 * (inside a container: the container's address, then 127.0.0.1); otherwise the bound address.
 */
record ReachableAddresses(List<URI> uris) {

    ReachableAddresses {
        uris = List.copyOf(uris);
        if (uris.isEmpty()) {
            throw new IllegalArgumentException("a server is reachable at one address at least");
        }
    }

    static ReachableAddresses of(String bind, URI bound) {
        if (!bind.equals("0.0.0.0") && !bind.equals("::") && !bind.equals("[::]")) {
            return new ReachableAddresses(List.of(bound));
        }
        List<URI> uris = new ArrayList<>();
        for (InetAddress address : interfaceAddresses()) {
            if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                uris.add(URI.create("http://" + address.getHostAddress() + ":" + bound.getPort()));
            }
        }
        uris.add(URI.create("http://127.0.0.1:" + bound.getPort()));
        return new ReachableAddresses(uris);
    }

    URI first() {
        return uris.get(0);
    }

    /** "URL" alone, or "URL (every interface; also URL, URL)". */
    String describe() {
        if (uris.size() == 1) {
            return first().toString();
        }
        List<String> others = uris.subList(1, uris.size()).stream().map(URI::toString).toList();
        return first() + " (every interface; also " + String.join(", ", others) + ")";
    }

    private static List<InetAddress> interfaceAddresses() {
        List<InetAddress> addresses = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp()) {
                    addresses.addAll(Collections.list(nic.getInetAddresses()));
                }
            }
        } catch (SocketException e) {
            return List.of();
        }
        return addresses;
    }
}
