package dev.fourfold.bench.load;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What open dashboards cost a server while nothing changes: {@code --clients} dashboards (200) each asking the
 * live-update address every {@code --interval} seconds (10, as the page does), for {@code --seconds} (60), spread
 * evenly. It reads the server's CPU time from {@code /proc/PID/stat} ({@code --pid}, Linux) over the same time with
 * no client first (the floor: an idle server) and then with the clients, and prints each as a share of one core and
 * of the machine, with the answers' statuses.
 */
public final class IdleDashboards {

    private IdleDashboards() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions o = LoadOptions.parse(args);
        Properties installation = new Properties();
        try (var in = Files.newBufferedReader(Path.of("target", "load", "installation.properties"))) {
            installation.load(in);
        }
        String url = o.text("url", installation.getProperty("url"));
        String scorecard = o.text("scorecard", installation.getProperty("scorecards").split(",")[0]);
        int clients = o.integer("clients", 200);
        int seconds = o.integer("seconds", 60);
        int interval = o.integer("interval", 10);
        long pid = Long.parseLong(o.text("pid", ""));
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).cookieHandler(new CookieManager()).build();
        LoadRun.signInAs(browser, url, o.text("user", "admin"), o.text("password", "demo"));
        HttpRequest page = HttpRequest.newBuilder(URI.create(url + "/scorecards/" + scorecard + "?period="
                + o.text("period", "2026-12"))).build();
        HttpRequest live = HttpRequest.newBuilder(URI.create(url + LoadRun.liveUrl(browser, page))).build();

        double idle = cpuSeconds(pid, () -> sleep(seconds));
        AtomicLong unchanged = new AtomicLong();
        AtomicLong other = new AtomicLong();
        double busy = cpuSeconds(pid, () -> poll(browser, live, clients, interval, seconds, unchanged, other));
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "%d dashboards polling every %d s for %d s: %d answers 204, %d other%n",
                clients, interval, seconds, unchanged.get(), other.get());
        System.out.printf(Locale.ROOT, "server CPU idle (floor): %.2f %% of a core, %.2f %% of %d cores%n",
                100 * idle / seconds, 100 * idle / seconds / cores, cores);
        System.out.printf(Locale.ROOT, "server CPU with them:    %.2f %% of a core, %.2f %% of %d cores (+%.2f %% "
                + "of the machine over the floor)%n", 100 * busy / seconds, 100 * busy / seconds / cores, cores,
                100 * (busy - idle) / seconds / cores);
    }

    private static void poll(HttpClient browser, HttpRequest live, int clients, int interval, int seconds,
                             AtomicLong unchanged, AtomicLong other) {
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(4);
        for (int c = 0; c < clients; c++) {
            long offset = ThreadLocalRandom.current().nextLong(interval * 1000L);
            timer.scheduleAtFixedRate(() -> browser.sendAsync(live, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> (r != null && r.statusCode() == 204 ? unchanged : other).incrementAndGet()),
                    offset, interval * 1000L, TimeUnit.MILLISECONDS);
        }
        sleep(seconds);
        timer.shutdownNow();
    }

    /** The CPU seconds process {@code pid} used while {@code work} ran. */
    private static double cpuSeconds(long pid, Runnable work) throws Exception {
        long before = ticks(pid);
        work.run();
        return (ticks(pid) - before) / 100.0; // USER_HZ is 100 on Linux
    }

    private static long ticks(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
    }

    private static void sleep(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
