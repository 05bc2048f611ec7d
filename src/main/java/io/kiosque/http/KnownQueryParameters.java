package io.kiosque.http;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects query parameters an operation does not declare, and repeated values of single-valued ones: a typo such as
 * {@code ?sectoin=international} must be a 400, not a silently unfiltered list.
 */
public class KnownQueryParameters {

    private record Declared(Set<String> all, Set<String> repeatable) {
    }

    private static final Map<Method, Declared> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void rejectUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Declared declared = DECLARED.computeIfAbsent(method, KnownQueryParameters::declaredBy);
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            if (!declared.all().contains(name)) {
                throw ProblemException.invalidParameter(name,
                        "unknown parameter for this operation; allowed: " + (declared.all().isEmpty()
                                ? "none"
                                : String.join(", ", declared.all().stream().sorted().toList())));
            }
            if (parameter.getValue().size() > 1 && !declared.repeatable().contains(name)) {
                throw ProblemException.invalidParameter(name, "may be given only once");
            }
        }
    }

    private static Declared declaredBy(Method method) {
        Set<String> all = new HashSet<>();
        Set<String> repeatable = new HashSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                all.add(query.value());
                if (Collection.class.isAssignableFrom(parameter.getType())) {
                    repeatable.add(query.value());
                }
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null
                        && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        QueryParam fieldQuery = field.getAnnotation(QueryParam.class);
                        if (fieldQuery != null) {
                            all.add(fieldQuery.value());
                            if (Collection.class.isAssignableFrom(field.getType())) {
                                repeatable.add(fieldQuery.value());
                            }
                        }
                    }
                }
            }
        }
        return new Declared(Set.copyOf(all), Set.copyOf(repeatable));
    }
}
