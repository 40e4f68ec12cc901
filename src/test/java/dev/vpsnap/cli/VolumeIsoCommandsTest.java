package dev.vpsnap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpsnap.provider.Capability;
import dev.vpsnap.provider.ProviderRegistry;
import dev.vpsnap.provider.hostinger.HostingerFactory;
import dev.vpsnap.provider.vpsorg.VpsOrgFactory;
import dev.vpsnap.testing.CliHarness;
import dev.vpsnap.testing.CliHarness.Result;
import dev.vpsnap.testing.FakeClock;
import dev.vpsnap.testing.JsonAssert;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** volume and iso commands through the production factory, against a recording fake provider. */
class VolumeIsoCommandsTest {
    @TempDir
    Path home;
    FakeProvider full;
    FakeProvider noResize;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        full = FakeProvider.full("fakehv");
        noResize = new FakeProvider("fakecore", EnumSet.complementOf(EnumSet.of(Capability.VOLUME_RESIZE,
                Capability.VOLUME_SIZES, Capability.ISO_LIST)), Map.of(Capability.VOLUME_RESIZE, "no resize API"));
        cli = new CliHarness(new FakeClock()).env("HOME", home.toString()).env("VPSNAP_API_KEY", "k-123")
                .registry(new ProviderRegistry(full, noResize, new HostingerFactory(), new VpsOrgFactory()));
    }

    private Result run(String provider, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--provider";
        all[1] = provider;
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    private static Result expect(int code, Result r) {
        assertEquals(code, r.exitCode(), r::toString);
        return r;
    }

    @Test
    void listGetAndSizes() {
        JsonNode list = JsonAssert.tree(expect(0, run("fakehv", "volume", "list", "--server", "7", "-o", "json")).out());
        assertEquals(2, list.size());
        assertEquals(50, list.get(0).get("sizeGb").asInt());
        JsonNode one = JsonAssert.tree(expect(0, run("fakehv", "volume", "get", "v1", "-o", "json")).out());
        assertEquals("v1", one.get("id").asText());
        JsonNode sizes = JsonAssert.tree(expect(0, run("fakehv", "volume", "sizes", "v1", "-o", "json")).out());
        assertEquals(12.5, sizes.get(0).get("monthlyPrice").asDouble());
        assertEquals(List.of("volume.list 7", "volume.get v1", "volume.sizes v1"), full.calls);
        assertTrue(expect(0, run("fakehv", "volume", "sizes")).out().startsWith("SIZE GB  MONTHLY PRICE\n100      12.50"));
    }

    @Test
    void billableCreateWithoutATerminalNeedsYesAndSendsNothing() {
        Result r = expect(2, run("fakehv", "volume", "create", "--server", "7", "--size", "100"));
        assertTrue(r.err().contains("--yes"), r::toString);
        assertEquals(List.of(), full.calls);
    }

    @Test
    void createWaitsAndPrintsTheVolume() {
        JsonNode v = JsonAssert.tree(expect(0, run("fakehv", "volume", "create", "--server", "7", "--size", "100", "--yes",
                "-o", "json")).out());
        assertEquals("v9", v.get("id").asText());
        assertEquals(100, v.get("sizeGb").asInt());
        assertEquals(List.of("volume.create new:7:100", "poll op-1", "volume.result op-1"), full.calls);
        assertTrue(!cli.clock().sleeps().isEmpty(), "it waited");
    }

    @Test
    void createOnATerminalSaysSizeAndMonthlyPrice() {
        cli.interactive("y\n");
        Result r = expect(0, run("fakehv", "volume", "create", "--server", "7", "--size", "100"));
        assertTrue(r.err().contains("create a 100 GiB volume for server 7 (billed 12.50 a month)"), r::toString);
        Result no = expect(2, cli.interactive("n\n").run("--provider", "fakehv", "volume", "create", "--server", "7", "--size", "200"));
        assertTrue(no.err().contains("create a 200 GiB volume for server 7. "), no::toString);
        assertEquals(1, full.calls.stream().filter(c -> c.startsWith("volume.create")).count(), "refused: nothing sent");
    }

    @Test
    void noWaitPrintsTheOperation() {
        JsonNode op = JsonAssert.tree(expect(0, run("fakehv", "volume", "create", "--server", "7", "--size", "50", "--yes",
                "--no-wait", "-o", "json")).out());
        assertEquals("volume.create", op.get("kind").asText());
        assertEquals("running", op.get("status").asText());
        assertEquals(List.of("volume.create new:7:50"), full.calls);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "1.5", "abc", "10GB", ""})
    void sizeMustBeAPositiveWholeNumber(String size) {
        Result c = expect(2, run("fakehv", "volume", "create", "--server", "7", "--size", size, "--yes"));
        assertTrue(c.err().contains("--size must be a positive whole number"), c::toString);
        expect(2, run("fakehv", "volume", "resize", "v1", "--size", size, "--yes"));
        assertEquals(List.of(), full.calls);
    }

    @Test
    void resizeGrowsAndPrintsTheVolume() {
        JsonNode v = JsonAssert.tree(expect(0, run("fakehv", "volume", "resize", "v1", "--size", "200", "--yes", "-o", "json")).out());
        assertEquals(200, v.get("sizeGb").asInt());
        cli.interactive("y\n");
        Result r = expect(0, run("fakehv", "volume", "resize", "v1", "--size", "100"));
        assertTrue(r.err().contains("grow volume v1 from 50 GiB to 100 GiB (billed 12.50 a month)"), r::toString);
        Result shrink = expect(2, run("fakehv", "volume", "resize", "v1", "--size", "20"));
        assertTrue(shrink.err().contains("volumes only grow"), shrink::toString);
        assertEquals(2, full.calls.stream().filter(c -> c.startsWith("volume.resize")).count());
    }

    @Test
    void deleteIsDestructiveAndPrintsTheOperation() {
        expect(2, run("fakehv", "volume", "delete", "v1"));
        assertEquals(List.of(), full.calls);
        JsonNode op = JsonAssert.tree(expect(0, run("fakehv", "volume", "delete", "v1", "--yes", "-o", "json")).out());
        assertEquals("volume.delete", op.get("kind").asText());
        assertEquals("succeeded", op.get("status").asText());
        cli.interactive("y\n");
        Result r = expect(0, run("fakehv", "volume", "delete", "v2"));
        assertTrue(r.err().contains("delete volume v2 (50 GiB, server 7)"), r::toString);
    }

    @Test
    void attachAndDetachWaitAndPrintTheVolume() {
        JsonNode a = JsonAssert.tree(expect(0, run("fakehv", "volume", "attach", "v1", "--server", "7", "-o", "json")).out());
        assertEquals("v1", a.get("id").asText());
        JsonNode d = JsonAssert.tree(expect(0, run("fakehv", "volume", "detach", "v1", "--server", "7", "-o", "json")).out());
        assertEquals("v1", d.get("id").asText());
        assertEquals(List.of("volume.attach v1:7", "poll op-1", "volume.result op-1",
                "volume.detach v1:7", "poll op-4", "volume.result op-4"), full.calls);
        expect(2, run("fakehv", "volume", "attach", "v1"));
    }

    @Test
    void unsupportedPairsExitNineNamingTheProvider() {
        Result resize = expect(9, run("fakecore", "volume", "resize", "v1", "--size", "100", "--yes"));
        assertTrue(resize.err().contains("fakecore has no 'volume resize'") && resize.err().contains("no resize API"), resize::toString);
        Result hostinger = expect(9, run("hostinger", "volume", "list"));
        assertTrue(hostinger.err().contains("hostinger"), hostinger::toString);
        Result vpsorgIso = expect(9, run("vpsorg", "iso", "list"));
        assertTrue(vpsorgIso.err().contains("vpsorg has no 'iso list'"), vpsorgIso::toString);
        expect(9, run("vpsorg", "iso", "attach", "i1", "--server", "7"));
        expect(9, run("hostinger", "volume", "create", "--server", "7", "--size", "10", "--yes"));
        Result json = expect(9, run("vpsorg", "volume", "get", "1", "-o", "json"));
        assertEquals(9, JsonAssert.tree(json.err()).get("error").get("exitCode").asInt());
        assertEquals(List.of(), noResize.calls);
    }

    @Test
    void isoCreateListGet() {
        JsonNode iso = JsonAssert.tree(expect(0, run("fakehv", "iso", "create", "--name", "debian", "--url",
                "https://cdimage.debian.org/d.iso", "--description", "Debian 12", "--bootable", "-o", "json")).out());
        assertEquals("i9", iso.get("id").asText());
        assertTrue(iso.get("bootable").asBoolean());
        assertEquals("i1", JsonAssert.tree(expect(0, run("fakehv", "iso", "list", "-o", "json")).out()).get(0).get("id").asText());
        assertEquals("i1", JsonAssert.tree(expect(0, run("fakehv", "iso", "get", "i1", "-o", "json")).out()).get("id").asText());
        expect(2, run("fakehv", "iso", "create", "--name", "x", "--url", "ftp://host/x.iso", "--description", "d"));
        expect(2, run("fakehv", "iso", "create", "--name", "x", "--url", "https://host/x.iso"));
        assertEquals(List.of("iso.create debian https://cdimage.debian.org/d.iso true", "iso.list", "iso.get i1"), full.calls);
    }

    @Test
    void isoDeleteAttachDetach() {
        expect(2, run("fakehv", "iso", "delete", "i1"));
        JsonNode del = JsonAssert.tree(expect(0, run("fakehv", "iso", "delete", "i1", "--yes", "-o", "json")).out());
        assertEquals("iso.delete", del.get("kind").asText());
        JsonNode att = JsonAssert.tree(expect(0, run("fakehv", "iso", "attach", "i1", "--server", "7", "-o", "json")).out());
        assertEquals("iso.attach", att.get("kind").asText());
        assertEquals("succeeded", att.get("status").asText(), "waited for the task");
        JsonNode det = JsonAssert.tree(expect(0, run("fakehv", "iso", "detach", "--server", "7", "--no-wait", "-o", "json")).out());
        assertEquals("running", det.get("status").asText());
        assertEquals(List.of("iso.delete i1", "poll op-1", "iso.attach i1:7", "poll op-3", "iso.detach 7"), full.calls);
    }
}
