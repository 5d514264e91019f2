package org.childplan.evaluation.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.LaunchMode;
import org.childplan.evaluation.config.WebhookConfig;
import org.childplan.platform.outbound.AddressClass;
import org.childplan.platform.outbound.OutboundAddressPolicy;
import org.junit.jupiter.api.Test;

/** What configuration can and can not open: loopback only ever in a test run. */
class WebhookPolicyTest {

    @Test
    void refusesPrivateAndLoopbackByDefault() {
        OutboundAddressPolicy policy = WebhookService.policy(config(false, false), LaunchMode.NORMAL);
        assertThat(policy.permits(AddressClass.PUBLIC)).isTrue();
        assertThat(policy.permits(AddressClass.PRIVATE)).isFalse();
        assertThat(policy.permits(AddressClass.LOOPBACK)).isFalse();
    }

    @Test
    void letsAnIntranetDeploymentEnablePrivateAddressesButNothingElse() {
        OutboundAddressPolicy policy = WebhookService.policy(config(true, false), LaunchMode.NORMAL);
        assertThat(policy.permits(AddressClass.PRIVATE)).isTrue();
        for (AddressClass c : new AddressClass[] {AddressClass.LOOPBACK, AddressClass.LINK_LOCAL, AddressClass.METADATA,
                AddressClass.UNSPECIFIED, AddressClass.MULTICAST, AddressClass.BROADCAST, AddressClass.RESERVED}) {
            assertThat(policy.permits(c)).as(c.name()).isFalse();
        }
    }

    @Test
    void ignoresTheTestOnlyLoopbackKeyOutsideTests() {
        assertThat(WebhookService.policy(config(false, true), LaunchMode.NORMAL).permits(AddressClass.LOOPBACK)).isFalse();
        assertThat(WebhookService.policy(config(true, true), LaunchMode.DEVELOPMENT).permits(AddressClass.LOOPBACK)).isFalse();
        assertThat(WebhookService.policy(config(false, true), LaunchMode.TEST).permits(AddressClass.LOOPBACK)).isTrue();
        assertThat(WebhookService.policy(config(false, true), LaunchMode.TEST).permits(AddressClass.METADATA)).isFalse();
    }

    private static WebhookConfig config(boolean privateAddresses, boolean loopback) {
        return new WebhookConfig() {
            @Override
            public boolean allowPrivateAddresses() {
                return privateAddresses;
            }

            @Override
            public boolean testOnlyAllowLoopback() {
                return loopback;
            }
        };
    }
}
