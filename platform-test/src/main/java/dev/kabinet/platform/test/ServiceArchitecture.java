package dev.kabinet.platform.test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The layering STYLE.md asks of every service, as ArchUnit rules: package by feature ({@code dev.kabinet.<service>.<feature>}),
 * then by adapter ({@code web}, {@code messaging}); controllers talk to application services and answer with views;
 * the domain never reaches into its adapters (the platform's shared plumbing is not one) nor speaks HTTP; features do
 * not form cycles; every account-scoped endpoint gets its account through the one check (ADR 0006); domain outcomes
 * are mapped to a status by a web adapter (ADR 0006); no aggregate, JPA or Spring Data JDBC, has public setters. A
 * service's {@code ArchitectureTest} imports
 * only its own classes and applies them all with {@code @ArchTest ArchTests layering = ArchTests.in(ServiceArchitecture.class)},
 * then adds its own rules.
 */
public final class ServiceArchitecture {

    private static final Set<String> PERSISTENT_TYPE_ANNOTATIONS =
            Set.of("jakarta.persistence.Entity", "org.springframework.data.relational.core.mapping.Table");

    private static final String ACCOUNT_NUMBER = "dev.kabinet.platform.security.AccountNumber";
    private static final String ACCOUNT_ACCESS = "dev.kabinet.platform.security.AccountAccess";
    private static final String DOMAIN_PROBLEM = "dev.kabinet.platform.problem.DomainProblem";
    private static final String PROBLEM_STATUSES = "dev.kabinet.platform.web.ProblemStatuses";
    private static final String REST_CONTROLLER = "org.springframework.web.bind.annotation.RestController";
    private static final String REQUEST_MAPPING = "org.springframework.web.bind.annotation.RequestMapping";
    private static final List<String> METHOD_MAPPINGS = List.of(
            REQUEST_MAPPING,
            "org.springframework.web.bind.annotation.GetMapping",
            "org.springframework.web.bind.annotation.PostMapping",
            "org.springframework.web.bind.annotation.PutMapping",
            "org.springframework.web.bind.annotation.PatchMapping",
            "org.springframework.web.bind.annotation.DeleteMapping");
    private static final Pattern ACCOUNT_IN_PATH = Pattern.compile(".*/accounts/\\{([^}/]*)}.*");
    private static final Set<String> ID_ANNOTATIONS =
            Set.of("jakarta.persistence.Id", "org.springframework.data.annotation.Id");

    private ServiceArchitecture() {}

    @ArchTest
    static final ArchRule controllersNeverUseRepositories = noClasses()
            .that()
            .resideInAPackage("..web..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo("org.springframework.data.repository.Repository")
            .because("controllers talk to the application services, never to repositories");

    @ArchTest
    static final ArchRule controllersLiveInWebAdapters = classes()
            .that()
            .areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should()
            .resideInAPackage("..web..")
            .because("HTTP is an adapter of a feature: <feature>/web");

    @ArchTest
    static final ArchRule controllersReturnNoAggregates = noMethods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("..web..")
            .should()
            .haveRawReturnType(DescribedPredicate.describe(
                    "a persistent aggregate",
                    (JavaClass type) -> PERSISTENT_TYPE_ANNOTATIONS.stream().anyMatch(type::isAnnotatedWith)))
            .because("controllers answer with views (records), never with aggregates");

    @ArchTest
    static final ArchRule domainNeverDependsOnAdapters = noClasses()
            .that()
            .resideOutsideOfPackages("..web..", "..messaging..", "..system..")
            .should()
            .dependOnClassesThat(resideInAnyPackage("dev.kabinet..web..", "dev.kabinet..messaging..")
                    .and(not(resideInAPackage("dev.kabinet.platform.."))))
            .allowEmptyShould(true)
            .because("adapters depend on the domain, not the other way round");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching("dev.kabinet.*.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noServiceImplPairs = noClasses()
            .should()
            .haveSimpleNameEndingWith("ServiceImpl")
            .because("application services are named for their capability, without interface/impl pairs");

    @ArchTest
    static final ArchRule domainSpeaksNoHttp = noClasses()
            .that()
            .resideOutsideOfPackages("..web..", "..messaging..", "..system..", "dev.kabinet.platform..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework.web..",
                    "org.springframework.http..",
                    "jakarta.servlet..",
                    "dev.kabinet.platform.web..")
            .allowEmptyShould(true)
            .because("domain outcomes are DomainProblems named for the outcome, without an HTTP status; the feature's"
                    + " web adapter maps them to one (ADR 0006)");

    @ArchTest
    static final ArchRule domainProblemsHaveAStatus = classes()
            .that()
            .areAssignableTo(DOMAIN_PROBLEM)
            .and()
            .doNotHaveModifier(JavaModifier.ABSTRACT)
            .and()
            .resideOutsideOfPackage("dev.kabinet.platform..")
            .should(new ArchCondition<JavaClass>("be mapped to an HTTP status by a feature's ProblemStatuses") {
                @Override
                public void check(JavaClass problem, ConditionEvents events) {
                    boolean mapped = problem.getDirectDependenciesToSelf().stream()
                            .anyMatch(d -> d.getOriginClass().isAssignableTo(PROBLEM_STATUSES));
                    events.add(new SimpleConditionEvent(
                            problem,
                            mapped,
                            problem.getName() + (mapped ? " is" : " is not") + " mapped by a ProblemStatuses advice"));
                }
            })
            .allowEmptyShould(true)
            .because("an unmapped outcome would answer 500 instead of a problem the resident can act on (ADR 0006)");

    @ArchTest
    static final ArchRule accountScopedEndpointsTakeTheCheckedAccount = methods()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(REST_CONTROLLER)
            .should(
                    new ArchCondition<JavaMethod>(
                            "take the account from {number} as an AccountNumber when the path" + " names an account") {
                        @Override
                        public void check(JavaMethod method, ConditionEvents events) {
                            for (String path : paths(method)) {
                                var account = ACCOUNT_IN_PATH.matcher(path);
                                if (!account.matches()) {
                                    continue;
                                }
                                boolean named = "number".equals(account.group(1));
                                boolean resolved = method.getRawParameterTypes().stream()
                                        .anyMatch(type -> type.getName().equals(ACCOUNT_NUMBER));
                                events.add(new SimpleConditionEvent(
                                        method,
                                        named && resolved,
                                        method.getFullName() + " maps " + path
                                                + (named ? "" : ": name the account path variable {number}")
                                                + (resolved ? "" : ": take an AccountNumber parameter, not a String")));
                            }
                        }
                    })
            .allowEmptyShould(true)
            .because("the account number is checked in one place, at the web edge: format (400), then the caller's"
                    + " access (403); a controller cannot get it unchecked (ADR 0006)");

    @ArchTest
    static final ArchRule accountAccessIsCheckedInOnePlace = noClasses()
            .that()
            .resideOutsideOfPackage("dev.kabinet.platform..")
            .should()
            .callMethod(ACCOUNT_ACCESS, "check", String.class.getName())
            .because("the platform checks the caller's access when it resolves the AccountNumber of an account-scoped"
                    + " endpoint; a second, hand-written check elsewhere is where the next endpoint forgets it"
                    + " (ADR 0006)");

    @ArchTest
    static final ArchRule aggregatesHaveNoPublicSetters = noMethods()
            .that()
            .areDeclaredInClassesThat(DescribedPredicate.describe(
                    "are persistent (JPA or Spring Data JDBC)", ServiceArchitecture::isPersistent))
            .and()
            .arePublic()
            .should()
            .haveNameMatching("set[A-Z].*")
            .allowEmptyShould(true)
            .because("state changes are methods on the aggregate that guard the transition");

    private static boolean isPersistent(JavaClass type) {
        return PERSISTENT_TYPE_ANNOTATIONS.stream().anyMatch(type::isAnnotatedWith)
                || type.isAnnotatedWith("jakarta.persistence.Embeddable")
                || type.getAllFields().stream()
                        .anyMatch(field -> ID_ANNOTATIONS.stream().anyMatch(field::isAnnotatedWith));
    }

    /** Every path a controller method answers: the class's {@code @RequestMapping} paths times the method's. */
    private static List<String> paths(JavaMethod method) {
        var own = mappingPaths(method);
        if (own == null) {
            return List.of();
        }
        var prefixes = method.getOwner()
                .tryGetAnnotationOfType(REQUEST_MAPPING)
                .map(ServiceArchitecture::pathsOf)
                .orElse(List.of(""));
        var all = new ArrayList<String>();
        for (var prefix : prefixes.isEmpty() ? List.of("") : prefixes) {
            for (var path : own.isEmpty() ? List.of("") : own) {
                all.add(prefix + path);
            }
        }
        return all;
    }

    private static List<String> mappingPaths(JavaMethod element) {
        for (var mapping : METHOD_MAPPINGS) {
            var annotation = element.getAnnotations().stream()
                    .filter(a -> a.getRawType().getName().equals(mapping))
                    .findFirst();
            if (annotation.isPresent()) {
                return pathsOf(annotation.get());
            }
        }
        return null;
    }

    private static List<String> pathsOf(JavaAnnotation<?> annotation) {
        var paths = new ArrayList<String>();
        for (var property : List.of("value", "path")) {
            annotation.get(property).ifPresent(value -> {
                if (value instanceof Object[] array) {
                    Arrays.stream(array).map(String::valueOf).forEach(paths::add);
                } else {
                    paths.add(String.valueOf(value));
                }
            });
        }
        return paths;
    }
}
