package io.workplan.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API of every published module against its committed listing in {@code
 * build-checks/api/<module>.api}: what applications compile against. The API is what the module
 * exports to everyone (its {@code module-info}'s unqualified {@code exports}): each public or
 * protected type there, with its public and protected constructors, methods and fields, as {@link
 * Method#toGenericString()} writes them.
 *
 * <p>Any difference fails. What was added is compatible: record it with {@code
 * -Dworkplan.api.dump} (RELEASING.md). What was removed or changed breaks applications: it is
 * refused, even with {@code -Dworkplan.api.dump}, unless the version allows a break against the
 * version the listing was recorded at (a new major version; before 1.0, a new minor version).
 */
class PublicApiTest {
    private static final Path API = Path.of(System.getProperty("workplan.root", ".."), "build-checks", "api");
    private static final String VERSION = System.getProperty("workplan.version", "");
    private static final boolean DUMP = Boolean.parseBoolean(System.getProperty("workplan.api.dump", "false"));

    @Test
    void everyPublishedModulesApiIsItsListing() throws IOException {
        Map<String, List<String>> modules = modulesOnTheClassPath();
        assertThat(modules.keySet()).as("the published modules").contains("io.workplan.core", "io.workplan.sheet",
                "io.workplan.excel", "io.workplan.json", "io.workplan.files", "io.workplan.testkit");
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<String>> module : modules.entrySet()) {
            Path listing = API.resolve(module.getKey() + ".api");
            List<String> now = module.getValue();
            Listing recorded = Listing.read(listing);
            Set<String> removed = new TreeSet<>(recorded.lines);
            now.forEach(removed::remove);
            Set<String> added = new TreeSet<>(now);
            recorded.lines.forEach(added::remove);
            boolean breakAllowed = recorded.version.isEmpty() || !level(recorded.version).equals(level(VERSION));
            if (!removed.isEmpty() && !breakAllowed) {
                failures.add(module.getKey() + ": " + removed.size() + " public member(s) removed or changed since "
                        + recorded.version + ", a break version " + VERSION + " does not allow (a new "
                        + (level(VERSION).startsWith("0.") ? "minor" : "major") + " version does):\n  - "
                        + String.join("\n  - ", removed)
                        + (added.isEmpty() ? "" : "\n  now:\n  + " + String.join("\n  + ", added)));
            } else if (!removed.isEmpty() || !added.isEmpty()) {
                if (DUMP) {
                    Listing.write(listing, breakAllowed ? VERSION : recorded.version, now);
                } else {
                    failures.add(module.getKey() + ": the API differs from " + API.relativize(listing) + " ("
                            + added.size() + " added, " + removed.size() + " removed); if intended, record it with"
                            + " mvn -pl build-checks -am verify -Dworkplan.api.dump:"
                            + (added.isEmpty() ? "" : "\n  + " + String.join("\n  + ", added))
                            + (removed.isEmpty() ? "" : "\n  - " + String.join("\n  - ", removed)));
                }
            }
        }
        assertThat(failures).as("API changes").isEmpty();
    }

    /** The compatibility level of a version: its major number, or {@code 0.minor} before 1.0. */
    static String level(String version) {
        String[] parts = version.replace("-SNAPSHOT", "").split("\\.");
        return parts[0].equals("0") && parts.length > 1 ? "0." + parts[1] : parts[0];
    }

    /** Each workplan module on the class path (jar or classes folder), by name, with its API listing. */
    private static Map<String, List<String>> modulesOnTheClassPath() {
        Map<String, List<String>> modules = new LinkedHashMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!Files.exists(path)) {
                continue;
            }
            for (ModuleReference reference : ModuleFinder.of(path).findAll()) {
                ModuleDescriptor descriptor = reference.descriptor();
                if (descriptor.name().startsWith("io.workplan.") && !descriptor.isAutomatic()) {
                    modules.put(descriptor.name(), api(reference));
                }
            }
        }
        return modules;
    }

    private static List<String> api(ModuleReference reference) {
        Set<String> exported = reference.descriptor().exports().stream().filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        Set<String> lines = new TreeSet<>();
        try (Stream<String> names = reference.open().list()) {
            for (String name : (Iterable<String>) names::iterator) {
                if (!name.endsWith(".class") || name.endsWith("module-info.class")) {
                    continue;
                }
                String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                String pkg = className.substring(0, Math.max(0, className.lastIndexOf('.')));
                if (exported.contains(pkg)) {
                    describe(Class.forName(className, false, PublicApiTest.class.getClassLoader()), lines);
                }
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError("cannot list the API of " + reference.descriptor().name(), e);
        }
        return List.copyOf(lines);
    }

    /** A type's API lines, when the type is visible outside its package. */
    private static void describe(Class<?> type, Set<String> lines) {
        if (!exposed(type) || type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
            return;
        }
        String name = type.getName();
        lines.add(name + " :: " + type.toGenericString()
                + (type.getGenericSuperclass() == null || type.getSuperclass() == Object.class || type.isEnum()
                        || type.isRecord() ? "" : " extends " + type.getGenericSuperclass().getTypeName())
                + (type.getGenericInterfaces().length == 0 ? "" : " implements " + Stream.of(type.getGenericInterfaces())
                        .map(java.lang.reflect.Type::getTypeName).collect(Collectors.joining(", "))));
        boolean extensible = !Modifier.isFinal(type.getModifiers()) && !type.isEnum() && !type.isRecord();
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (member(c.getModifiers(), extensible) && !c.isSynthetic()) {
                lines.add(name + " :: " + c.toGenericString());
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (member(m.getModifiers(), extensible) && !m.isSynthetic() && !m.isBridge()) {
                lines.add(name + " :: " + m.toGenericString());
            }
        }
        for (Field f : type.getDeclaredFields()) {
            if (member(f.getModifiers(), extensible) && !f.isSynthetic()) {
                lines.add(name + " :: " + f.toGenericString());
            }
        }
        // the members a hidden superclass gives (a value's builder extends the generated one): API of this type
        for (Class<?> hidden = type.getSuperclass(); hidden != null && !exposed(hidden); hidden = hidden.getSuperclass()) {
            for (Method m : hidden.getDeclaredMethods()) {
                if (member(m.getModifiers(), extensible) && !m.isSynthetic() && !m.isBridge()) {
                    lines.add(name + " :: " + m.toGenericString());
                }
            }
        }
    }

    /** Whether a type is visible outside its package, its enclosing types too. */
    private static boolean exposed(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!visible(t)) {
                return false;
            }
        }
        return true;
    }

    private static boolean visible(Class<?> type) {
        return Modifier.isPublic(type.getModifiers()) || Modifier.isProtected(type.getModifiers());
    }

    /** Public members, and protected ones of a type an application can extend. */
    private static boolean member(int modifiers, boolean extensible) {
        return Modifier.isPublic(modifiers) || (extensible && Modifier.isProtected(modifiers));
    }

    /** A committed listing: the version it was recorded at, and its lines. */
    private record Listing(String version, Set<String> lines) {
        private static final String HEADER = "# The public API of this module, recorded at version ";

        static Listing read(Path file) throws IOException {
            if (!Files.exists(file)) {
                return new Listing("", Set.of());
            }
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            String version = all.stream().filter(l -> l.startsWith(HEADER)).findFirst()
                    .map(l -> l.substring(HEADER.length()).strip()).orElse("");
            return new Listing(version, all.stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .collect(Collectors.toCollection(TreeSet::new)));
        }

        static void write(Path file, String version, List<String> lines) throws IOException {
            Files.createDirectories(file.getParent());
            List<String> out = new ArrayList<>();
            out.add(HEADER + version);
            out.add("# (build-checks PublicApiTest; record a change with -Dworkplan.api.dump, see RELEASING.md)");
            out.addAll(lines);
            Files.write(file, out, StandardCharsets.UTF_8);
        }
    }
}
