/**
 * lea-publicatie: the national report as people read it, a self-contained HTML page registered as
 * the {@code html} {@link nl.lea.rapport.render.RapportFormaat}, and an Excel workbook ({@link
 * nl.lea.publicatie.ExcelRapport}).
 */
module nl.lea.publicatie {
  requires transitive nl.lea.rapport;
  requires static transitive org.apiguardian.api;
  requires org.dhatim.fastexcel;

  exports nl.lea.publicatie;

  provides nl.lea.rapport.render.RapportFormaat with nl.lea.publicatie.HtmlFormaat;
}
