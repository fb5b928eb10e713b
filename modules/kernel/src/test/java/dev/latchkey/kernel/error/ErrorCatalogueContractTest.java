package dev.latchkey.kernel.error;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Holds the catalogue to CONTRACT.md section 3: same codes, same statuses, same details keys. */
class ErrorCatalogueContractTest {

    record Row(String code, int status, List<String> detailKeys) {
    }

    static Map<String, Row> contract;

    @BeforeAll
    static void readContract() throws IOException {
        Optional<Path> file = contractFile();
        Assumptions.assumeTrue(file.isPresent(),
                "CONTRACT.md not found beside the checkout (../shared/CONTRACT.md) nor in LATCHKEY_CONTRACT; "
                        + "the catalogue cannot be compared here");
        contract = parse(Files.readAllLines(file.get()));
    }

    static Optional<Path> contractFile() {
        Stream<Path> candidates = Stream.of(
                Optional.ofNullable(System.getenv("LATCHKEY_CONTRACT")).map(Path::of).orElse(null),
                Path.of("../shared/CONTRACT.md"), Path.of("../../shared/CONTRACT.md"), Path.of("../../../shared/CONTRACT.md"));
        return candidates.filter(p -> p != null && Files.isRegularFile(p)).findFirst();
    }

    static Map<String, Row> parse(List<String> lines) {
        Map<String, Row> rows = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = line.startsWith("## 3.");
                continue;
            }
            if (!inSection || !line.startsWith("|") || line.startsWith("|---") || line.startsWith("| code")) {
                continue;
            }
            String[] cells = line.replace("`", "").split("\\|");
            List<String> codes = Arrays.stream(cells[1].split("/")).map(String::trim).toList();
            List<Integer> statuses = Arrays.stream(cells[2].split("/")).map(String::trim).map(Integer::valueOf).toList();
            // a key may carry a remark in parentheses: "last_used (null if never used)"
            String keys = cells.length > 4 ? cells[4].replaceAll("\\([^)]*\\)", "").trim() : "";
            List<String> detailKeys = keys.isEmpty() || keys.startsWith("list")
                    ? List.of() : Arrays.stream(keys.split(",")).map(String::trim).toList();
            for (int i = 0; i < codes.size(); i++) {
                int status = statuses.size() == codes.size() ? statuses.get(i) : statuses.get(0);
                rows.put(codes.get(i), new Row(codes.get(i), status, detailKeys));
            }
        }
        return rows;
    }

    @Test
    void everyCodeOfTheContractIsInTheCatalogueAndNoOther() {
        Set<String> catalogue = EnumSet.allOf(ErrorCode.class).stream().map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertEquals(new java.util.TreeSet<>(contract.keySet()), catalogue);
        assertEquals(59, catalogue.size(), "the contract names 59 codes");
    }

    @Test
    void statusesMatch() {
        for (ErrorCode code : ErrorCode.values()) {
            assertEquals(contract.get(code.name()).status(), code.status(), code.name());
        }
    }

    @Test
    void detailKeysMatch() {
        for (ErrorCode code : ErrorCode.values()) {
            assertEquals(contract.get(code.name()).detailKeys(), code.detailKeys(), code.name());
        }
    }
}
