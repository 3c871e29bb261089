package dev.fuselage.io.ply;

import dev.fuselage.io.FormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Splits the body of an ascii PLY file into whitespace-separated tokens straight from a byte buffer refilled
 * from the channel: no strings, no regex, no per-token allocation. Like rply (Open3D's reader) it treats the body
 * as one token stream, so line breaks are just whitespace. The current token is {@code buffer()[start(), end())}.
 */
final class AsciiTokenizer {
    /** Longest token accepted; a real number is under 30 bytes. */
    static final int MAX_TOKEN = 4096;
    private static final int BUFFER_BYTES = 1 << 18;

    private final Path file;
    private final FileChannel ch;
    private final long fileSize;
    private final byte[] buf = new byte[BUFFER_BYTES];
    private final ByteBuffer wrap = ByteBuffer.wrap(buf);
    /** File offset of buf[0]. */
    private long bufStart;
    private int pos;
    private int limit;
    private boolean eof;
    private int start;
    private int end;

    AsciiTokenizer(Path file, FileChannel ch, long offset) throws IOException {
        this.file = file;
        this.ch = ch;
        this.fileSize = ch.size();
        this.bufStart = offset;
    }

    /** Advances to the next token; false at the end of the file. */
    boolean next() throws IOException {
        while (true) {
            while (pos < limit && isSpace(buf[pos])) {
                pos++;
            }
            if (pos < limit) {
                break;
            }
            if (!fill()) {
                return false;
            }
        }
        int i = pos;
        while (true) {
            while (i < limit && !isSpace(buf[i])) {
                i++;
            }
            if (i < limit || eof) {
                break;
            }
            // the token runs to the end of the buffer: keep its start and read more
            int kept = i - pos;
            if (kept >= MAX_TOKEN) {
                throw new FormatException(file, "token longer than " + MAX_TOKEN + " bytes at offset "
                        + (bufStart + pos));
            }
            fill();
            i = pos + kept;
        }
        start = pos;
        end = i;
        pos = i;
        return true;
    }

    /** Moves unread bytes to the front and reads more; false when nothing more came. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int keep = limit - pos;
        System.arraycopy(buf, pos, buf, 0, keep);
        bufStart += pos;
        pos = 0;
        limit = keep;
        wrap.clear().position(keep);
        int r = ch.read(wrap, bufStart + keep);
        if (r <= 0) { // there is always room, so 0 only happens at the end of the file
            eof = true;
            return false;
        }
        limit += r;
        if (bufStart + limit >= fileSize) {
            eof = true;
        }
        return true;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x0B;
    }

    byte[] buffer() {
        return buf;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** File offset of the next unread byte. */
    long position() {
        return bufStart + pos;
    }

    /** Bytes of the file after {@link #position()}. */
    long remaining() {
        return fileSize - position();
    }

    /** The current token, cut short, for error messages. */
    String token() {
        int n = Math.min(end - start, 24);
        StringBuilder sb = new StringBuilder(n + 3);
        for (int i = start; i < start + n; i++) {
            char c = (char) (buf[i] & 0xFF);
            sb.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return end - start > n ? sb.append("...").toString() : sb.toString();
    }
}
