package dev.fourfold.support;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletInputStream;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A POST whose body is streamed without a {@code Content-Length}, as a chunked upload is: the server learns its size
 * only by reading it. The body is generated (a prefix, then one piece repeated) and counts the bytes the server read.
 */
public final class ChunkedBody extends AbstractMockHttpServletRequestBuilder<ChunkedBody> {

    private final Generated body;

    public ChunkedBody(String uri, String contentType, String prefix, String repeated, long totalBytes) {
        super(HttpMethod.POST);
        uri(uri);
        contentType(contentType);
        header("Transfer-Encoding", "chunked");
        this.body = new Generated(prefix.getBytes(StandardCharsets.UTF_8), repeated.getBytes(StandardCharsets.UTF_8), totalBytes);
    }

    /** How many bytes of the body the server read. */
    public long bytesRead() {
        return body.position;
    }

    @Override
    protected MockHttpServletRequest createServletRequest(ServletContext servletContext) {
        return new MockHttpServletRequest(servletContext) {
            private final ServletInputStream stream = new DelegatingServletInputStream(body);

            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public ServletInputStream getInputStream() {
                return stream;
            }

            @Override
            public BufferedReader getReader() {
                return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            }
        };
    }

    private static final class Generated extends InputStream {
        private final byte[] prefix;
        private final byte[] repeated;
        private final long total;
        private long position;

        Generated(byte[] prefix, byte[] repeated, long total) {
            this.prefix = prefix;
            this.repeated = repeated;
            this.total = total;
        }

        @Override
        public int read() {
            if (position >= total) {
                return -1;
            }
            long p = position++;
            return (p < prefix.length ? prefix[(int) p] : repeated[(int) ((p - prefix.length) % repeated.length)]) & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= total) {
                return -1;
            }
            int n = (int) Math.min(len, total - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) read();
            }
            return n;
        }
    }
}
