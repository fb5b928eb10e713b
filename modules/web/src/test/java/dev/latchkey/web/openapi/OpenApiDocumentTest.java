package dev.latchkey.web.openapi;

import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every JAX-RS resource of the web module is in the OpenAPI document, with nothing missing on its methods. */
class OpenApiDocumentTest {

    @Test
    void everyResourceClassIsListed() throws IOException, ClassNotFoundException {
        java.nio.file.Path classes = Paths.get("target/classes");
        Set<String> resources = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type.getName());
                }
            }
        }
        assertEquals(resources, OpenApiDocument.RESOURCES.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void everyResourceMethodCarriesWhatTheDocumentNeeds() {
        for (Class<?> resource : OpenApiDocument.RESOURCES) {
            for (var method : resource.getMethods()) {
                if (OpenApiDocument.httpMethod(method).isPresent()) {
                    var operation = method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
                    assertEquals(true, operation != null && !operation.operationId().isEmpty() && method.isAnnotationPresent(Success.class),
                            resource.getSimpleName() + "." + method.getName() + " needs @Operation(operationId) and @Success");
                }
            }
        }
    }
}
