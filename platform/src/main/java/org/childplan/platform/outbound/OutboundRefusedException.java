package org.childplan.platform.outbound;

import java.net.InetAddress;
import java.util.Optional;

/**
 * A call this service will not make: the host is malformed, or it is (or resolves to) an address the policy refuses.
 * The message is English, {@link #messageZh()} Chinese; both name the host, and the address and its class if any.
 */
public class OutboundRefusedException extends Exception {

    private final String host;
    private final transient InetAddress address;
    private final AddressClass addressClass;
    private final String messageZh;

    OutboundRefusedException(String host, InetAddress address, AddressClass addressClass, String message, String messageZh) {
        super(message);
        this.host = host;
        this.address = address;
        this.addressClass = addressClass;
        this.messageZh = messageZh;
    }

    static OutboundRefusedException malformed(String host, String why, String whyZh) {
        return new OutboundRefusedException(host, null, null, "host '" + host + "' " + why, "主机“" + host + "”" + whyZh);
    }

    static OutboundRefusedException refused(String host, InetAddress address, AddressClass c) {
        String shown = OutboundHost.text(address);
        boolean literal = host.equals(shown);
        String message = literal
                ? "address " + shown + " is " + article(c) + " " + c.en() + " address, which this service never calls"
                : "host '" + host + "' resolves to " + shown + ", " + article(c) + " " + c.en() + " address, which this service never calls";
        String messageZh = literal
                ? "地址 " + shown + " 是" + c.zh() + "，本服务不会向其发送请求"
                : "主机“" + host + "”解析为 " + shown + "，属于" + c.zh() + "，本服务不会向其发送请求";
        if (c == AddressClass.PRIVATE) {
            message = message.replace("which this service never calls", "which this service calls only where the operator enables"
                    + " private addresses for an intranet deployment");
            messageZh = messageZh.replace("本服务不会向其发送请求", "仅当运维人员为内网部署启用内网地址时才允许");
        }
        return new OutboundRefusedException(host, address, c, message, messageZh);
    }

    static OutboundRefusedException namedLoopback(String host) {
        return new OutboundRefusedException(host, null, AddressClass.LOOPBACK,
                "host '" + host + "' names this machine (loopback), which this service never calls",
                "主机“" + host + "”指向本机（环回地址），本服务不会向其发送请求");
    }

    private static String article(AddressClass c) {
        return c == AddressClass.UNSPECIFIED ? "an" : "a";
    }

    public String host() {
        return host;
    }

    /** The refused address, if the refusal is about one (not about a malformed host). */
    public Optional<InetAddress> address() {
        return Optional.ofNullable(address);
    }

    /** The class that was refused; empty when the host itself is malformed. */
    public Optional<AddressClass> addressClass() {
        return Optional.ofNullable(addressClass);
    }

    public String messageZh() {
        return messageZh;
    }
}
