/**
 * The national report as people read it: {@link nl.lea.publicatie.HtmlFormaat}, one self-contained
 * HTML page. This module depends on lea-rapport and nothing heavier, and lea-rapport does not depend
 * on it: an application that wants only the numbers does not receive it.
 *
 * <p>A {@code null} argument throws {@link nl.lea.core.DomainValidationException}. Every text that
 * reaches a page is escaped.
 */
package nl.lea.publicatie;
