/**
 * lea-publicatie: the national report as people read it, a self-contained HTML page registered as
 * the {@code html} {@link nl.lea.rapport.render.RapportFormaat}.
 */
module nl.lea.publicatie {
  requires transitive nl.lea.rapport;
  requires static transitive org.apiguardian.api;

  exports nl.lea.publicatie;

  provides nl.lea.rapport.render.RapportFormaat with nl.lea.publicatie.HtmlFormaat;
}
