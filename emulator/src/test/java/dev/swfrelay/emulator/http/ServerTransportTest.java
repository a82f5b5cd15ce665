package dev.swfrelay.emulator.http;

import dev.swfrelay.emulator.http.transport.ServerTransport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.channel.epoll.Epoll;
import org.junit.jupiter.api.Test;

/** The server runs on Netty's native epoll where the project ships its library. */
class ServerTransportTest {

    @Test
    void epollIsChosenOnLinuxX8664() {
        assumeTrue(System.getProperty("os.name").equals("Linux") && System.getProperty("os.arch").equals("amd64"),
                "the linux-x86_64 native library is the one shipped");

        assertThat(Epoll.isAvailable()).as("epoll unavailable: %s", Epoll.unavailabilityCause()).isTrue();
        assertThat(ServerTransport.best()).isEqualTo(ServerTransport.EPOLL);
    }

    @Test
    void eachTransportNamesItsOwnServerChannel() {
        assertThat(ServerTransport.EPOLL.serverChannel().getSimpleName()).isEqualTo("EpollServerSocketChannel");
        assertThat(ServerTransport.NIO.serverChannel().getSimpleName()).isEqualTo("NioServerSocketChannel");
    }
}
