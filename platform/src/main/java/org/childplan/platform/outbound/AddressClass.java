package org.childplan.platform.outbound;

/**
 * What an address reaches, as far as deciding whether this service may call it goes. Only {@link #PUBLIC} is
 * called by default; {@link #PRIVATE} only where an operator enables it; the rest never, because they reach this
 * host, its link, its cloud's metadata service, or nobody in particular.
 */
public enum AddressClass {
    PUBLIC("public", "公网地址"),
    /** RFC 1918, CGNAT 100.64/10, benchmarking 198.18/15, IPv6 unique-local fc00::/7 and site-local fec0::/10. */
    PRIVATE("private", "内网地址"),
    LOOPBACK("loopback", "本机环回地址"),
    LINK_LOCAL("link-local", "链路本地地址"),
    /** The instance metadata services of cloud platforms, which hand out credentials to whoever asks. */
    METADATA("cloud metadata", "云平台元数据地址"),
    UNSPECIFIED("unspecified", "未指定地址"),
    MULTICAST("multicast", "组播地址"),
    BROADCAST("broadcast", "广播地址"),
    /** Ranges set aside for protocols or for the future (192.0.0/24, 240/4, 100::/64), reaching no ordinary host. */
    RESERVED("reserved", "保留地址");

    private final String en;
    private final String zh;

    AddressClass(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    /** The class as an English phrase, e.g. "loopback". */
    public String en() {
        return en;
    }

    /** The class in Chinese, e.g. "本机环回地址". */
    public String zh() {
        return zh;
    }
}
