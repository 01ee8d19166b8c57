package dev.paycrypto.api.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.ApiOperation;
import dev.paycrypto.api.Union;
import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.data.DataPlaneOperations;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The compiled types against the models, independently of the generator's own logic: every operation, every
 * structure member for member and in order, every union member, every enum value; and the enums reused from the
 * key model have exactly the model's values.
 */
class ModelCoverageTest {

    private static Map<String, ApiOperation<?, ?>> operations(Plane plane) {
        return plane == Plane.CONTROL ? ControlPlaneOperations.ALL : DataPlaneOperations.ALL;
    }

    @Test
    void everyOperationOfBothModelsIsListed() {
        assertThat(ControlPlaneOperations.ALL.size() + DataPlaneOperations.ALL.size()).isEqualTo(47);
    }

    @ParameterizedTest
    @EnumSource(Plane.class)
    void operationsAreTheModelsWithTheirInputAndOutputRecords(Plane plane) {
        ModelShapes model = ModelShapes.read(plane);
        assertThat(operations(plane).keySet()).containsExactlyElementsOf(model.operations.keySet());
        operations(plane).forEach((name, operation) -> {
            assertThat(operation.input().getSimpleName())
                    .isEqualTo(model.operations.get(name).get("input").get("shape").asText());
            assertThat(operation.output().getSimpleName())
                    .isEqualTo(model.operations.get(name).get("output").get("shape").asText());
            assertThat(operation.input()).isRecord();
            assertThat(operation.output()).isRecord();
        });
    }

    @ParameterizedTest
    @EnumSource(Plane.class)
    void everyStructureIsARecordOfItsMembersInModelOrder(Plane plane) throws Exception {
        ModelShapes model = ModelShapes.read(plane);
        int checked = 0;
        for (String shape : model.reachable) {
            if (!model.type(shape).equals("structure") || model.isUnion(shape)) {
                continue;
            }
            Class<?> type = Class.forName(plane.javaPackage + "." + shape);
            List<String> wireNames = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                wireNames.add(component.getAccessor().getAnnotation(JsonProperty.class).value());
            }
            assertThat(wireNames).as(shape).containsExactlyElementsOf(model.members(shape).keySet());
            checked++;
        }
        assertThat(checked).isGreaterThan(70);
    }

    @ParameterizedTest
    @EnumSource(Plane.class)
    void everyUnionPermitsExactlyItsMembers(Plane plane) throws Exception {
        ModelShapes model = ModelShapes.read(plane);
        for (String shape : model.reachable) {
            if (!model.isUnion(shape)) {
                continue;
            }
            Class<?> union = Class.forName(plane.javaPackage + "." + shape);
            assertThat(union.isSealed()).as(shape).isTrue();
            assertThat(Union.class).isAssignableFrom(union);
            Set<String> memberNames = new TreeSet<>();
            for (Class<?> permitted : union.getPermittedSubclasses()) {
                memberNames.add(memberNameOf(permitted, union));
            }
            assertThat(memberNames).as(shape).isEqualTo(new TreeSet<>(model.members(shape).keySet()));
        }
    }

    /** The member name a permitted record answers, from an instance built with placeholder components. */
    private static String memberNameOf(Class<?> permitted, Class<?> union) throws Exception {
        return ((Union) union.cast(placeholder(permitted))).memberName();
    }

    private static Object placeholder(Class<?> type) throws Exception {
        if (type == String.class) {
            return "x";
        } else if (type == Integer.class) {
            return 1;
        } else if (type == Boolean.class) {
            return true;
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = placeholder(components[i].getType());
            }
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        } else if (type.isSealed()) {
            return placeholder(type.getPermittedSubclasses()[0]);
        }
        // lists, maps, timestamps: optional in every union member of the models
        return null;
    }

    @ParameterizedTest
    @EnumSource(Plane.class)
    void everyEnumHasExactlyTheModelsValues(Plane plane) throws Exception {
        ModelShapes model = ModelShapes.read(plane);
        int reused = 0;
        for (String shape : model.reachable) {
            if (!model.isEnum(shape)) {
                continue;
            }
            String className = model.isReusedEnum(shape)
                    ? ReusedEnums.binaryNameOf(ReusedEnums.BY_SHAPE.get(shape)) : plane.javaPackage + "." + shape;
            reused += model.isReusedEnum(shape) ? 1 : 0;
            List<String> constants = Arrays.stream(Class.forName(className).getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).toList();
            assertThat(new TreeSet<>(constants)).as(shape + " as " + className)
                    .isEqualTo(new TreeSet<>(model.enumValues(shape)));
        }
        assertThat(reused).isEqualTo(plane == Plane.CONTROL ? 8 : 1);
    }

    @Test
    void everyReusedEnumStandsForAnEnumShapeOfAModel() {
        Set<String> enumShapes = new TreeSet<>();
        for (Plane plane : Plane.values()) {
            ModelShapes model = ModelShapes.read(plane);
            model.reachable.stream().filter(model::isEnum).forEach(enumShapes::add);
        }
        assertThat(enumShapes).containsAll(ReusedEnums.BY_SHAPE.keySet());
    }
}
