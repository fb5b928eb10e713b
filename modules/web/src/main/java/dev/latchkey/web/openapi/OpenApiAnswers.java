package dev.latchkey.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Serves the document Payara builds from {@link OpenApiDocument} the way its readers expect:
 * JSON on {@code Accept: application/json} (or {@code ?format=json}), otherwise YAML as
 * {@code application/yaml} (Payara says {@code text/plain}), and without the non-standard
 * top-level {@code endpoints} key Payara adds, which makes validators refuse the document. Payara's
 * writer also drops empty lists, so the {@code security: []} of public operations is put back.
 */
@WebFilter(filterName = "openApiAnswers", urlPatterns = "/openapi", asyncSupported = true)
public class OpenApiAnswers implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse answer = (HttpServletResponse) response;
        if (!"GET".equals(http.getMethod()) && !"HEAD".equals(http.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        boolean json = "json".equalsIgnoreCase(http.getParameter("format"))
                || (http.getHeader("Accept") != null && http.getHeader("Accept").contains("json"));
        Captured captured = new Captured(answer);
        chain.doFilter(new AsJson(http), captured);
        if (captured.getStatus() != HttpServletResponse.SC_OK) {
            answer.getOutputStream().write(captured.body());
            return;
        }
        JsonNode document = JSON.readTree(captured.body());
        if (document instanceof ObjectNode object) {
            object.remove("endpoints");
            object.path("paths").forEach(item -> item.forEach(operation -> {
                if (operation instanceof ObjectNode op && op.has("responses") && !op.has("security")) {
                    op.putArray("security");
                }
            }));
        }
        byte[] body = (json ? JSON.writerWithDefaultPrettyPrinter() : YAML.writer()).writeValueAsBytes(document);
        answer.setContentType(json ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8");
        answer.setContentLength(body.length);
        answer.getOutputStream().write(body);
    }

    /** Asks Payara for JSON whatever the client asked; the filter then writes the client's format. */
    private static final class AsJson extends HttpServletRequestWrapper {
        AsJson(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return "Accept".equalsIgnoreCase(name) ? "application/json" : super.getHeader(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaders(String name) {
            return "Accept".equalsIgnoreCase(name) ? java.util.Collections.enumeration(java.util.List.of("application/json"))
                    : super.getHeaders(name);
        }

        @Override
        public String getParameter(String name) {
            return "format".equals(name) ? "JSON" : super.getParameter(name);
        }
    }

    /** Keeps what Payara writes, status and headers aside, so the filter can rewrite the body. */
    private static final class Captured extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        };
        private PrintWriter writer;

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new java.io.OutputStreamWriter(body, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void setContentType(String type) {
            // the filter decides the type
        }

        @Override
        public void setContentLength(int length) {
            // the body is rewritten
        }

        @Override
        public void setContentLengthLong(long length) {
            // the body is rewritten
        }

        @Override
        public void flushBuffer() {
            // nothing reaches the client before the filter rewrote it
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return body.toByteArray();
        }
    }
}
