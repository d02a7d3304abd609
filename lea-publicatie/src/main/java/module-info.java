/**
 * lea-publicatie: the national report as people read it, a self-contained HTML page ({@code html})
 * and an Excel workbook ({@code xlsx}), both registered as {@link
 * nl.lea.rapport.render.RapportFormaat}s; and the cohort's page.
 */
module nl.lea.publicatie {
  requires transitive nl.lea.rapport;
  requires static transitive org.apiguardian.api;
  requires org.dhatim.fastexcel;

  exports nl.lea.publicatie;

  provides nl.lea.rapport.render.RapportFormaat with nl.lea.publicatie.HtmlFormaat, nl.lea.publicatie.ExcelFormaat;
}
