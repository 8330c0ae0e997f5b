"""SSRF guard: decide whether an address may be fetched, and resolve names to checked addresses.

A link posted in Slack is attacker-chosen, so the fetcher must never reach the
machine's own network (loopback, RFC 1918, cloud metadata ...). The guard works
on addresses, not names: the fetcher connects to exactly the address checked
here, so a DNS answer that changes between check and connect (rebinding) cannot
slip through.
"""
from __future__ import annotations

import ipaddress
import re
import socket
import threading
from typing import Callable, Iterable

__all__ = [
    "IPAddress",
    "Resolver",
    "GuardError",
    "blocked_reason",
    "parse_ip_literal",
    "system_resolver",
    "resolve_checked",
]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# (host, port) -> addresses; tests inject a stub so no real DNS or traffic is needed.
Resolver = Callable[[str, int], Iterable["str | IPAddress"]]


class GuardError(Exception):
    """The destination is refused (``kind`` "blocked") or could not be resolved ("dns")."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail


_V4_BLOCKED: list[tuple[ipaddress.IPv4Network, str]] = [
    (ipaddress.IPv4Network(net), why)
    for net, why in [
        ("0.0.0.0/8", "unspecified"),
        ("10.0.0.0/8", "private"),
        ("100.64.0.0/10", "shared address space"),
        ("127.0.0.0/8", "loopback"),
        ("169.254.0.0/16", "link-local"),
        ("172.16.0.0/12", "private"),
        ("192.0.0.0/24", "reserved"),
        ("192.0.2.0/24", "reserved"),
        ("192.88.99.0/24", "reserved"),
        ("192.168.0.0/16", "private"),
        ("198.18.0.0/15", "reserved"),
        ("198.51.100.0/24", "reserved"),
        ("203.0.113.0/24", "reserved"),
        ("224.0.0.0/4", "multicast"),
        ("240.0.0.0/4", "reserved"),  # includes the 255.255.255.255 broadcast
    ]
]

_V6_BLOCKED: list[tuple[ipaddress.IPv6Network, str]] = [
    (ipaddress.IPv6Network(net), why)
    for net, why in [
        ("::/128", "unspecified"),
        ("::1/128", "loopback"),
        ("64:ff9b:1::/48", "local NAT64"),
        ("100::/64", "reserved"),
        ("2001::/23", "reserved"),
        ("2001:db8::/32", "reserved"),
        ("fc00::/7", "private"),
        ("fe80::/10", "link-local"),
        ("fec0::/10", "site-local"),
        ("ff00::/8", "multicast"),
    ]
]
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_V4_COMPAT = ipaddress.IPv6Network("::/96")

# Only these characters can make up the BSD spellings inet_aton accepts (2130706433, 0x7f.1, 0177.0.0.1).
_NUMERIC_HOST = re.compile(r"^[0-9][0-9a-fA-FxX.]*$")


def parse_ip_literal(host: str) -> IPAddress | None:
    """Read ``host`` as an IP the way the C library would, so odd spellings cannot pass as names."""
    host = host.strip()
    if host.endswith(".") and _NUMERIC_HOST.match(host[:-1] or "x"):
        host = host[:-1]
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if "%" in host:  # zone ids only make sense for link-local, which is refused anyway
        host = host.split("%", 1)[0]
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if _NUMERIC_HOST.match(host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def _v4_reason(ip: ipaddress.IPv4Address) -> str | None:
    for net, why in _V4_BLOCKED:
        if ip in net:
            return why
    if not ip.is_global:
        return "not globally routable"
    return None


def blocked_reason(ip: IPAddress) -> str | None:
    """Why ``ip`` must not be fetched, or None when it is a public unicast address."""
    if isinstance(ip, ipaddress.IPv4Address):
        return _v4_reason(ip)
    # IPv6 forms that carry an IPv4 address are judged by the address they carry.
    embedded: ipaddress.IPv4Address | None = None
    if ip.ipv4_mapped is not None:
        embedded = ip.ipv4_mapped
    elif ip.sixtofour is not None:
        embedded = ip.sixtofour
    elif ip in _NAT64 or (ip in _V4_COMPAT and ip != ipaddress.IPv6Address("::")
                          and ip != ipaddress.IPv6Address("::1")):
        embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.teredo is not None:
        return "Teredo tunnel"
    if embedded is not None:
        inner = _v4_reason(embedded)
        if inner:
            return f"{inner} (embedded in IPv6)"
        if ip in _V4_COMPAT:  # deprecated form, never legitimately used on the public net
            return "IPv4-compatible IPv6"
        return None
    for net, why in _V6_BLOCKED:
        if ip in net:
            return why
    if not ip.is_global:
        return "not globally routable"
    return None


def system_resolver(host: str, port: int) -> list[str]:
    """Ask the operating system, as any client would."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [info[4][0] for info in infos]


def _resolve_with_timeout(resolver: Resolver, host: str, port: int, timeout: float) -> list[IPAddress]:
    """getaddrinfo cannot be cancelled, so wait for it in a daemon thread and give up at the deadline."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["ok"] = list(resolver(host, port))
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller's thread
            box["err"] = exc

    thread = threading.Thread(target=run, name="briefbot-dns", daemon=True)
    thread.start()
    thread.join(max(timeout, 0.0))
    if thread.is_alive():
        raise GuardError("timeout", f"DNS lookup of {host} timed out")
    if "err" in box:
        raise GuardError("dns", f"DNS lookup of {host} failed: {box['err']}")
    out: list[IPAddress] = []
    for raw in box.get("ok", []):  # type: ignore[union-attr]
        ip = raw if isinstance(raw, (ipaddress.IPv4Address, ipaddress.IPv6Address)) else parse_ip_literal(str(raw))
        if ip is None:
            raise GuardError("dns", f"resolver gave a non-address for {host}: {raw!r}")
        if ip not in out:
            out.append(ip)
    if not out:
        raise GuardError("dns", f"no address for {host}")
    return out


_LABEL = re.compile(r"(?!-)[a-z0-9_-]{1,63}(?<!-)", re.I)


def _is_host_name(host: str) -> bool:
    """RFC 1123 syntax on the ASCII (IDNA) form: anything else is not worth a DNS query."""
    try:
        ascii_host = host.rstrip(".").encode("idna").decode("ascii")
    except UnicodeError:
        return False
    labels = ascii_host.split(".")
    return 0 < len(ascii_host) <= 253 and all(_LABEL.fullmatch(label) for label in labels)


def resolve_checked(
    host: str,
    port: int,
    *,
    resolver: Resolver | None = None,
    allow_private: bool = False,
    timeout: float = 5.0,
) -> list[IPAddress]:
    """Addresses to connect to for ``host``; refuses the host if ANY of them is off-limits.

    Refusing on any bad answer (not just skipping it) keeps a name that mixes a
    public and a private address from being used as a foothold.
    """
    literal = parse_ip_literal(host)
    if literal is not None:
        addrs = [literal]
    elif not _is_host_name(host):
        raise GuardError("dns", f"{host!r} is not a valid host name")  # never sent to a resolver
    else:
        addrs = _resolve_with_timeout(resolver or system_resolver, host, port, timeout)
    checked: list[IPAddress] = []
    for ip in addrs:
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip_to_use: IPAddress = ip.ipv4_mapped  # connect over IPv4, same machine
        else:
            ip_to_use = ip
        if not allow_private:
            why = blocked_reason(ip)
            if why:
                shown = host if literal is not None else f"{host} ({ip})"
                raise GuardError("blocked", f"{shown} is a {why} address")
        if ip_to_use not in checked:
            checked.append(ip_to_use)
    return checked
