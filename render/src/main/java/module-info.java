/** Billet render. */
module io.github.billet.render {
  requires transitive io.github.billet.core;
  requires transitive io.github.billet.i18n;
  requires org.slf4j;

  exports io.github.billet.render;
}
