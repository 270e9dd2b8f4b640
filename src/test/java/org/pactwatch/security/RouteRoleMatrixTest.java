package org.pactwatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pactwatch.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every HTTP mapping under /api and every Vaadin route, enumerated at run time, has a role rule, and the rule is
 * enforced: a caller without one of its roles is refused by the method-security proxy before the handler runs.
 * A new route without a rule fails this test.
 */
class RouteRoleMatrixTest extends IntegrationTest {

    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");
    private static final List<Role> CALLER_ROLES = List.of(Role.ANALYST, Role.STRATEGIST, Role.REGULATOR);

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /**
     * This context's strategy: each application context in the test JVM installs its own (Vaadin's) as the global
     * one, and the method-security proxies read theirs, so the static holder can belong to another test's context.
     */
    @Autowired
    org.springframework.beans.factory.ObjectProvider<SecurityContextHolderStrategy> strategies;

    private SecurityContextHolderStrategy strategy() {
        return strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @AfterEach
    void clearContext() {
        strategy().clearContext();
    }

    @Test
    void everyApiMappingHasARoleRuleAndRefusesEveryOtherRole() {
        List<String> checked = new ArrayList<>();
        List<String> withoutRule = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!isApi(info)) {
                return;
            }
            String route = info.getMethodsCondition() + " " + info.getPatternValues();
            PreAuthorize rule = rule(handler);
            if (rule == null) {
                withoutRule.add(route);
                return;
            }
            Set<Role> allowed = rolesOf(rule.value());
            assertThat(allowed)
                    .as("roles named by %s on %s", rule.value(), route)
                    .isNotEmpty();
            Object proxy = context.getBean(handler.getBeanType());
            for (Role role : EnumSet.complementOf(EnumSet.copyOf(allowed))) {
                if (role == Role.ADMIN) {
                    continue;
                }
                assertThat(refused(proxy, handler.getMethod(), role))
                        .as("%s refuses %s (rule %s)", route, role, rule.value())
                        .isTrue();
            }
            checked.add(route + " " + allowed);
        });
        assertThat(withoutRule).as("API mappings without @PreAuthorize").isEmpty();
        assertThat(checked).hasSizeGreaterThan(30);
    }

    @Test
    void everyApiRuleAdmitsTheRolesItNames() {
        mappings.getHandlerMethods().forEach((info, handler) -> {
            PreAuthorize rule = isApi(info) ? rule(handler) : null;
            if (rule == null
                    || !info.getMethodsCondition().getMethods().toString().contains("GET")) {
                // writes are not called here: admitting a caller would run them
                return;
            }
            Object proxy = context.getBean(handler.getBeanType());
            for (Role role : rolesOf(rule.value())) {
                if (role != Role.ADMIN) {
                    assertThat(refused(proxy, handler.getMethod(), role))
                            .as("%s admits %s", info.getPatternValues(), role)
                            .isFalse();
                }
            }
        });
    }

    @Test
    void everyVaadinRouteDeclaresWhoMayOpenIt() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = new TreeSet<>();
        List<String> withoutRule = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.pactwatch")) {
            Class<?> view = load(candidate.getBeanClassName());
            String path = view.getAnnotation(Route.class).value();
            RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
            boolean open =
                    view.isAnnotationPresent(PermitAll.class) || view.isAnnotationPresent(AnonymousAllowed.class);
            if (roles == null && !open) {
                withoutRule.add(path);
                continue;
            }
            if (view.isAnnotationPresent(AnonymousAllowed.class)) {
                assertThat(path)
                        .as("only the login page is open to anonymous users")
                        .isEqualTo("login");
            }
            if (roles != null) {
                assertThat(roles.value()).as("roles of /%s", path).isNotEmpty().allSatisfy(r -> Role.valueOf(r));
            }
            routes.add(path);
        }
        assertThat(withoutRule)
                .as("Vaadin routes without @RolesAllowed, @PermitAll or @AnonymousAllowed")
                .isEmpty();
        assertThat(routes).contains("", "deals", "search", "exports", "login").hasSizeGreaterThan(15);
    }

    private static boolean isApi(RequestMappingInfo info) {
        return info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/"));
    }

    private static PreAuthorize rule(HandlerMethod handler) {
        PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        return onMethod != null
                ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
    }

    /** The roles a hasRole / hasAnyRole expression names; ADMIN holds every role. */
    private static Set<Role> rolesOf(String expression) {
        Set<Role> roles = EnumSet.of(Role.ADMIN);
        Matcher m = ROLE.matcher(expression);
        while (m.find()) {
            roles.add(Role.valueOf(m.group(1)));
        }
        return roles;
    }

    /** Calls the handler through its proxy as a user with only this role: refused before the handler runs? */
    private boolean refused(Object proxy, Method method, Role role) {
        Authentication user = new UsernamePasswordAuthenticationToken(
                "matrix-" + role, "n/a", AuthorityUtils.createAuthorityList(role.authority()));
        strategy().getContext().setAuthentication(user);
        Object[] args = Arrays.stream(method.getParameterTypes())
                .map(RouteRoleMatrixTest::placeholder)
                .toArray();
        try {
            method.setAccessible(true);
            method.invoke(proxy, args);
            return false;
        } catch (InvocationTargetException e) {
            // past the security check the handler may fail on placeholder arguments; only a denial counts
            return e.getCause() instanceof AccessDeniedException;
        } catch (IllegalAccessException e) {
            return fail("cannot call " + method, e);
        } finally {
            strategy().clearContext();
        }
    }

    private static Object placeholder(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == double.class) {
            return 0d;
        }
        return null;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
