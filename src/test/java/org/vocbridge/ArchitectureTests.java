package org.vocbridge;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * What {@link ModularityTests} does not see: each module hides its entities and repositories, its
 * published types do not hand out internal ones, and pages and API controllers reach data only
 * through services.
 */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.vocbridge");

    @Test
    void entitiesAndRepositoriesAreNotPublic() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .or()
                .areAssignableTo(Repository.class)
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .because("a module's data is reached through its services and facade")
                .check(CLASSES);
    }

    @Test
    void noModuleUsesAnotherModulesInternalTypes() {
        for (String module : modules()) {
            noClasses()
                    .that()
                    .resideOutsideOfPackage("org.vocbridge." + module + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("org.vocbridge." + module + ".domain..", "org.vocbridge." + module + ".web..")
                    .because(module + " publishes only its base package")
                    .check(CLASSES);
        }
    }

    @Test
    void publishedTypesDoNotHandOutInternalOnes() {
        methods()
                .that()
                .arePublic()
                .and()
                .areDeclaredInClassesThat(publishedApi())
                .should(notExposeInternalTypes())
                .check(CLASSES);
    }

    @Test
    void controllersReachDataOnlyThroughServices() {
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat(assignableTo(Repository.class)
                        .or(assignableTo(EntityManager.class))
                        .or(assignableTo(JdbcClient.class))
                        .or(assignableTo(JdbcTemplate.class))
                        .or(annotatedWith(Entity.class)))
                .check(CLASSES);
    }

    @Test
    void pagesAndControllersLiveInAWebPackage() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage("..web..")
                .check(CLASSES);
    }

    /** The application modules with internals: every direct sub-package of org.vocbridge but shared. */
    static List<String> modules() {
        return CLASSES.stream()
                .map(JavaClass::getPackageName)
                .filter(p -> p.startsWith("org.vocbridge."))
                .map(p -> p.substring("org.vocbridge.".length()).split("\\.")[0])
                .filter(m -> !m.equals("shared"))
                .distinct()
                .sorted()
                .toList();
    }

    /** Public classes in a module's base package. */
    static DescribedPredicate<JavaClass> publishedApi() {
        return DescribedPredicate.describe(
                "published by a module",
                c -> c.getModifiers().contains(JavaModifier.PUBLIC)
                        && c.getPackageName().matches("org\\.vocbridge\\.(?!shared)[a-z]+"));
    }

    /** Taking or returning a type of a module's internal packages, or an entity. */
    static ArchCondition<JavaMethod> notExposeInternalTypes() {
        return new ArchCondition<>("not take or return a module's internal types or entities") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Set<JavaClass> types = new HashSet<>(method.getRawParameterTypes());
                types.addAll(method.getReturnType().getAllInvolvedRawTypes());
                for (JavaClass type : types) {
                    if (type.getPackageName().matches("org\\.vocbridge\\.[a-z]+\\.(domain|web)(\\..*)?")
                            || type.isAnnotatedWith(Entity.class)) {
                        events.add(SimpleConditionEvent.violated(
                                method, method.getFullName() + " exposes " + type.getName()));
                    }
                }
            }
        };
    }
}
