/** Billet render: public API. */
package io.github.billet.render;
