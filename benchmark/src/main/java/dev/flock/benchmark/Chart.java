package dev.flock.benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/** The latency distributions as cumulative curves on a log scale, drawn with Java2D into a PNG. */
final class Chart {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 600;
    private static final int LEFT = 70;
    private static final int RIGHT = 30;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    private static final double MIN_MS = 0.1;
    private static final double MAX_MS = 1000;
    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b)};

    private Chart() {
    }

    static void write(Path file, List<Latencies> runs) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Color.LIGHT_GRAY);
        for (double ms = MIN_MS; ms <= MAX_MS; ms *= 10) {
            int x = x(ms);
            g.drawLine(x, TOP, x, HEIGHT - BOTTOM);
            g.setColor(Color.DARK_GRAY);
            g.drawString(ms < 1 ? "0.1 ms" : "%.0f ms".formatted(ms), x - 15, HEIGHT - BOTTOM + 18);
            g.setColor(Color.LIGHT_GRAY);
        }
        for (int percent = 0; percent <= 100; percent += 25) {
            int y = y(percent / 100.0);
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(percent + " %", 25, y + 4);
            g.setColor(Color.LIGHT_GRAY);
        }
        g.setColor(Color.BLACK);
        g.drawString("Share of calls answered within a latency (log scale)", LEFT, 25);
        g.setStroke(new BasicStroke(2f));
        for (int i = 0; i < runs.size(); i++) {
            Latencies run = runs.get(i);
            long[] sorted = run.nanos().clone();
            Arrays.sort(sorted);
            g.setColor(COLORS[i % COLORS.length]);
            int lastX = -1;
            int lastY = -1;
            for (int k = 0; k < sorted.length; k += Math.max(1, sorted.length / 2000)) {
                int px = x(Math.max(MIN_MS, Math.min(MAX_MS, sorted[k] / 1e6)));
                int py = y((k + 1.0) / sorted.length);
                if (lastX >= 0) {
                    g.drawLine(lastX, lastY, px, py);
                }
                lastX = px;
                lastY = py;
            }
            g.drawString(run.name(), WIDTH - RIGHT - 320, HEIGHT - BOTTOM - 20 - 18 * (runs.size() - 1 - i));
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static int x(double ms) {
        double fraction = (Math.log10(ms) - Math.log10(MIN_MS)) / (Math.log10(MAX_MS) - Math.log10(MIN_MS));
        return LEFT + (int) (fraction * (WIDTH - LEFT - RIGHT));
    }

    private static int y(double share) {
        return HEIGHT - BOTTOM - (int) (share * (HEIGHT - TOP - BOTTOM));
    }
}
