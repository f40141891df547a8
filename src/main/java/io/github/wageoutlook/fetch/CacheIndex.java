package io.github.wageoutlook.fetch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cache index file, {@value BlsCache#INDEX}: read with what is wrong with it (so that a damaged index is rebuilt
 * rather than taken for an empty cache), and written atomically (a temporary file renamed over it).
 */
final class CacheIndex {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CacheIndex() {
    }

    /**
     * An index as read.
     *
     * @param entries its readable lines, by file name
     * @param present whether the file exists
     * @param damage what is wrong with it, empty when nothing is
     */
    record Read(Map<String, CacheEntry> entries, boolean present, String damage) {
        boolean damaged() {
            return !damage.isEmpty();
        }
    }

    /**
     * Reads the index of a cache folder.
     *
     * @throws IOException when the file exists but cannot be read (no permission)
     */
    static Read read(Path directory) throws IOException {
        Map<String, CacheEntry> out = new LinkedHashMap<>();
        String text;
        try {
            text = Files.readString(directory.resolve(BlsCache.INDEX), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Read(out, false, "");
        } catch (java.nio.charset.MalformedInputException e) {
            return new Read(out, true, "it is not text (garbled)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            return new Read(out, true, "it is not JSON (cut short or garbled)");
        }
        if (root == null || !root.path("files").isArray()) {
            return new Read(out, true, "it has no list of files");
        }
        int bad = 0;
        for (JsonNode n : root.path("files")) {
            try {
                CacheEntry e = new CacheEntry(n.path("name").asText(), URI.create(n.path("url").asText()),
                        Instant.parse(n.path("fetchedAt").asText()), n.path("size").asLong(-1),
                        n.path("sha256").asText(), n.path("lastModified").asText(""), n.path("etag").asText(""));
                out.put(e.fileName(), e);
            } catch (RuntimeException unreadable) {
                bad++;
            }
        }
        return new Read(out, true, bad == 0 ? "" : bad + (bad == 1 ? " line" : " lines") + " could not be read");
    }

    /** Writes the index, sorted by file name, through a temporary file renamed over the old one. */
    static void write(Path directory, Map<String, CacheEntry> index, BlsCache.Disk disk) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode files = root.putArray("files");
        index.values().stream().sorted(Comparator.comparing(CacheEntry::fileName)).forEach(e -> files.addObject()
                .put("name", e.fileName()).put("url", e.url().toString()).put("fetchedAt", e.fetchedAt().toString())
                .put("size", e.size()).put("sha256", e.sha256()).put("lastModified", e.lastModified())
                .put("etag", e.etag()));
        Path tmp = disk.newFile(directory, "." + BlsCache.INDEX + ".", BlsCache.PART);
        try {
            Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root),
                    StandardCharsets.UTF_8);
            move(tmp, directory.resolve(BlsCache.INDEX));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Renames a file over another, atomically where the file system can. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
