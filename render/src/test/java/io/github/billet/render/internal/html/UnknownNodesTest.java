package io.github.billet.render.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Set;
import java.util.TreeSet;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/** Every node class of Billet's dialect is one the renderer writes, not an unknown node. */
class UnknownNodesTest {

  @Test
  void everyNodeOfTheDialectPackageIsKnown() {
    Set<String> nodes = new TreeSet<>();
    for (JavaClass c : new ClassFileImporter().importPackages("io.github.billet.core.markdown")) {
      if (c.isAssignableTo(Node.class)
          && !c.getModifiers().contains(JavaModifier.ABSTRACT)
          && !c.isInterface()) {
        nodes.add(c.getName());
      }
    }
    Set<String> known = new TreeSet<>();
    UnknownNodes.DIALECT.forEach(c -> known.add(c.getName()));

    // The package has nodes (a wrong package name would make the check empty).
    assertThat(nodes).contains("io.github.billet.core.markdown.ContainerBlock");
    assertThat(known).containsAll(nodes);
  }
}
