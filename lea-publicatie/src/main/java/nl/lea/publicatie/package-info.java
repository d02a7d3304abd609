/**
 * The national report as people read it: {@link nl.lea.publicatie.HtmlFormaat}, one self-contained
 * HTML page with its figures as SVG, {@link nl.lea.publicatie.ExcelFormaat}, a workbook written with
 * fastexcel, and the cohort's page ({@link nl.lea.publicatie.CohortHtml}). This module carries the
 * heavy output (fastexcel); lea-rapport does not depend on it, so an application that wants only the
 * numbers does not receive it.
 *
 * <p>A {@code null} argument throws {@link nl.lea.core.DomainValidationException}. Every text that
 * reaches a page is escaped.
 */
package nl.lea.publicatie;
