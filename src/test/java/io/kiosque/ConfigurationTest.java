package io.kiosque;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Kiosque's own settings have one home each: a {@code @ConfigMapping} interface holds the key and its default, the
 * README's Configuration table says the same, and nothing else repeats the default.
 */
class ConfigurationTest {

    /** Read by the config source factory that builds the datasource URL before any mapping exists. */
    private static final String READ_BEFORE_MAPPINGS = "kiosque.embedded-database.";
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");

    /** A setting as documented: its default, {@code null} for none, or {@link #IN_WORDS}. */
    private static final String IN_WORDS = "(described in words)";
    private static Map<String, Optional<String>> mapped;

    @Test
    void everyMappedSettingIsInTheReadmeWithItsDefault() throws IOException {
        Map<String, String> documented = readmeSettings();
        Map<String, Optional<String>> mapped = mappedSettings();
        List<String> wrong = new ArrayList<>();
        mapped.forEach((key, defaultValue) -> {
            if (!documented.containsKey(key)) {
                wrong.add(key + " is not in the README's Configuration table");
                return;
            }
            String readme = documented.get(key);
            if (readme == IN_WORDS ? defaultValue.isEmpty() : !defaultValue.equals(Optional.ofNullable(readme))) {
                wrong.add(key + ": the README says " + (readme == null ? "none" : readme) + ", the mapping "
                        + defaultValue.orElse("none"));
            }
        });
        documented.keySet().stream().filter(key -> key.startsWith("kiosque.") && !mapped.containsKey(key)
                && !key.startsWith(READ_BEFORE_MAPPINGS)).forEach(key -> wrong.add(
                        key
                                + " is in the README but no @ConfigMapping reads it"));
        assertEquals(List.of(), wrong);
    }

    @Test
    void noSettingOfKiosqueIsReadOutsideAMapping() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<Path> readers = sources.filter(path -> path.toString().endsWith(".java")).filter(path -> {
                try {
                    return Pattern.compile("@ConfigProperty\\(name = \"kiosque\\.|getOptionalValue\\(\"kiosque\\.")
                            .matcher(Files.readString(path)).find();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertEquals(List.of(), readers, "read kiosque.* settings through a @ConfigMapping");
        }
    }

    @Test
    void applicationPropertiesDoesNotRepeatADefault() throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        Map<String, Optional<String>> mapped = mappedSettings();
        List<String> repeated = properties.stringPropertyNames().stream()
                .filter(key -> mapped.containsKey(key)
                        && mapped.get(key).equals(Optional.of(properties.getProperty(key))))
                .toList();
        assertEquals(List.of(), repeated, "set only what differs from the mapping's default");
    }

    @Test
    void theReadmeTableIsReadAsIntended() throws IOException {
        Map<String, String> documented = readmeSettings();
        assertEquals("5s", documented.get("kiosque.cache.ttl"));
        assertEquals("24h", documented.get("kiosque.webhooks.retry.max-age"));
        assertEquals(null, documented.get("kiosque.site.base-url"));
        assertEquals("false", documented.get("kiosque.demo-content.enabled"));
        assertTrue(mappedSettings().containsKey("kiosque.site.publisher.logo-url"));
        assertEquals(Optional.of("20"), mappedSettings().get("kiosque.rate-limit.failed-authentications.burst"));
    }

    /**
     * The table's rows: {@code `a.b.c` / `d`} names {@code a.b.c} and {@code a.b.d}; the defaults column pairs with
     * them ({@code `5s` / `10`}), {@code none...} meaning no default and words meaning one not written as a value.
     */
    static Map<String, String> readmeSettings() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("## Configuration"));
        table = table.substring(0, table.indexOf("\n## ", 1));
        Map<String, String> settings = new TreeMap<>();
        for (String row : table.lines().filter(line -> line.startsWith("| `")).toList()) {
            String[] cells = row.split(" \\| ");
            List<String> names = codes(cells[0]);
            String first = names.get(0);
            String prefix = first.substring(0, first.lastIndexOf('.') + 1);
            String[] defaults = cells[1].split(" / ");
            assertEquals(names.size(), defaults.length, "one default per property in: " + row);
            for (int i = 0; i < names.size(); i++) {
                String key = i == 0 ? first : prefix + names.get(i);
                String value = defaults[i].strip();
                settings.put(key, value.startsWith("none")
                        ? null
                        : value.startsWith("`") ? codes(value).get(0) : IN_WORDS);
            }
        }
        return settings;
    }

    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = CODE.matcher(cell);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    /** Every key of every {@code @ConfigMapping} of the application, with its default. */
    static synchronized Map<String, Optional<String>> mappedSettings() {
        if (mapped != null) {
            return mapped;
        }
        Map<String, Optional<String>> settings = new TreeMap<>();
        for (JavaClass mapping : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.kiosque")) {
            if (!mapping.isAnnotatedWith(ConfigMapping.class)) {
                continue;
            }
            Class<?> type = mapping.reflect();
            collect(type.getAnnotation(ConfigMapping.class).prefix() + ".", type, settings);
        }
        mapped = Map.copyOf(settings);
        return mapped;
    }

    private static void collect(String prefix, Class<?> type, Map<String, Optional<String>> settings) {
        for (Method method : type.getDeclaredMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers())
                    || Modifier.isPrivate(method.getModifiers()) || method.getParameterCount() > 0) {
                continue;
            }
            WithName named = method.getAnnotation(WithName.class);
            String key = prefix + (named != null ? named.value() : kebab(method.getName()));
            Class<?> returned = method.getReturnType();
            if (returned.isInterface() && returned.getPackageName().startsWith("io.kiosque")) {
                collect(key + ".", returned, settings);
            } else {
                WithDefault fallback = method.getAnnotation(WithDefault.class);
                settings.put(key, Optional.ofNullable(fallback == null ? null : fallback.value()));
            }
        }
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
