package dev.swfrelay.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReachableAddressesTest {

    @Test
    void aServerBoundToOneAddressIsReachableThereOnly() {
        ReachableAddresses reachable = ReachableAddresses.of("127.0.0.1", URI.create("http://127.0.0.1:8080"));

        assertThat(reachable.uris()).containsExactly(URI.create("http://127.0.0.1:8080"));
        assertThat(reachable.describe()).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void aWildcardBindNamesRealAddressesWithLoopbackLastAndNeverTheWildcard() {
        ReachableAddresses reachable = ReachableAddresses.of("0.0.0.0", URI.create("http://127.0.0.1:9090"));

        assertThat(reachable.uris()).last().isEqualTo(URI.create("http://127.0.0.1:9090"));
        assertThat(reachable.uris()).allSatisfy(uri -> {
            assertThat(uri.getHost()).isNotEqualTo("0.0.0.0");
            assertThat(uri.getPort()).isEqualTo(9090);
        });
        assertThat(reachable.uris()).filteredOn(uri -> !uri.getHost().equals("127.0.0.1"))
                .allSatisfy(uri -> assertThat(uri.getHost()).doesNotStartWith("127."));
    }

    @Test
    void severalAddressesAreDescribedFirstThenTheOthers() {
        ReachableAddresses reachable = new ReachableAddresses(
                List.of(URI.create("http://172.17.0.2:8080"), URI.create("http://127.0.0.1:8080")));

        assertThat(reachable.describe())
                .isEqualTo("http://172.17.0.2:8080 (every interface; also http://127.0.0.1:8080)");
    }

    @Test
    void noAddressAtAllIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReachableAddresses(List.of()));
    }
}
