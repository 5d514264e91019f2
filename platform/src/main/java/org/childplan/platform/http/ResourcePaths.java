package org.childplan.platform.http;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resource paths the service's JAX-RS resources declare, with the methods each takes, so that a request with a
 * method a resource does not take is answered 405 with {@code Allow} rather than 404. Quarkus REST answers 404 when
 * the path matches a resource of one class while another class's path is a prefix of it (a DELETE on
 * {@code /plans/{planCode}/indicators/{indicatorCode}} fell through to the resource at {@code /plans}); this table
 * lets the problem answers correct that, once for every service.
 */
public final class ResourcePaths {

    private record Template(Pattern pattern, Set<String> methods) {
    }

    private static volatile List<Template> templates;

    private ResourcePaths() {
    }

    /**
     * The methods the resource at this path takes (with HEAD and OPTIONS, which JAX-RS answers for any resource with
     * a GET, or any resource), sorted; empty when no resource lives at the path.
     */
    public static Set<String> allowed(String path) {
        if (path == null) {
            return Set.of();
        }
        String normalised = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        Set<String> methods = new TreeSet<>();
        for (Template template : templates()) {
            if (template.pattern().matcher(normalised).matches()) {
                methods.addAll(template.methods());
            }
        }
        if (methods.isEmpty()) {
            return Set.of();
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return Collections.unmodifiableSet(methods);
    }

    private static List<Template> templates() {
        List<Template> known = templates;
        if (known == null) {
            ArcContainer container = Arc.container();
            if (container == null) {
                return List.of();
            }
            List<Class<?>> resources = new ArrayList<>();
            for (Bean<?> bean : container.beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                if (bean.getBeanClass().isAnnotationPresent(Path.class)) {
                    resources.add(bean.getBeanClass());
                }
            }
            known = of(resources);
            templates = known;
        }
        return known;
    }

    /** The templates of these resource classes: class path and method path joined, each with its HTTP methods. */
    static List<Template> of(List<Class<?>> resources) {
        java.util.Map<String, Set<String>> byPath = new java.util.LinkedHashMap<>();
        for (Class<?> resource : resources) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                String http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = join(base, sub == null ? "" : sub.value());
                byPath.computeIfAbsent(path, p -> new TreeSet<>()).add(http);
            }
        }
        List<Template> result = new ArrayList<>();
        byPath.forEach((path, methods) -> result.add(new Template(regex(path), Set.copyOf(methods))));
        return List.copyOf(result);
    }

    /** For a test: the methods of the path among these resource classes. */
    static Set<String> allowed(List<Class<?>> resources, String path) {
        Set<String> methods = new TreeSet<>();
        for (Template template : of(resources)) {
            if (template.pattern().matcher(path).matches()) {
                methods.addAll(template.methods());
            }
        }
        return methods;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*[\\w.-]+\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    /** A JAX-RS path template as a regular expression: {name} is one segment, {name: regex} its own expression. */
    static Pattern regex(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAMETER.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start())));
            regex.append(m.group(1) == null ? "[^/]+" : "(?:" + m.group(1).trim() + ")");
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
