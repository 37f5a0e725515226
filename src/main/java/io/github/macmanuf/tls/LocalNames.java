package io.github.macmanuf.tls;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The names a generated certificate is made for: loopback names, this machine's host name, configured extras. */
final class LocalNames {

	private LocalNames() {
	}

	/** {@code localhost} first (it becomes the subject), then the host name, loopback addresses and extras. */
	static List<String> of(Collection<String> extraNames) {
		Set<String> names = new LinkedHashSet<>();
		names.add("localhost");
		String host = hostName();
		if (host != null) {
			names.add(host.toLowerCase(Locale.ROOT));
		}
		names.add("127.0.0.1");
		names.add("::1");
		extraNames.stream().map(String::trim).filter((name) -> !name.isEmpty()).forEach(names::add);
		return List.copyOf(names);
	}

	/** Which of {@code wanted} the certificate names (as read back from it) do not cover. */
	static List<String> missingFrom(Collection<String> certificateNames, Collection<String> wanted) {
		Set<String> present = new LinkedHashSet<>();
		certificateNames.forEach((name) -> present.add(canonical(name)));
		List<String> missing = new ArrayList<>();
		for (String name : wanted) {
			if (!name.isBlank() && !present.contains(canonical(name.trim()))) {
				missing.add(name.trim());
			}
		}
		return missing;
	}

	/** Lower-case DNS names; IP literals in the JDK's spelling (so {@code ::1} equals {@code 0:0:0:0:0:0:0:1}). */
	private static String canonical(String name) {
		if (SelfSignedCertificateFactory.isIpAddress(name)) {
			try {
				return InetAddress.getByName(name).getHostAddress();
			}
			catch (UnknownHostException ex) {
				return name;
			}
		}
		return name.toLowerCase(Locale.ROOT);
	}

	private static String hostName() {
		try {
			String name = InetAddress.getLocalHost().getHostName();
			return (name == null || name.isBlank()) ? null : name;
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

}
