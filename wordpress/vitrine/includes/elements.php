<?php
/**
 * The tags the plugin may write and the attributes each one takes: read from
 * elements.json, generated from the library's custom-elements.json
 * (`npm run build:editor-data`), so the plugin never lags behind the elements.
 */

defined( 'ABSPATH' ) || exit;

/** Attribute names of $element, or null when it is not a Vitrine element. */
function vitrine_element_attributes( $element ) {
	static $elements = null;
	if ( null === $elements ) {
		$json     = file_get_contents( __DIR__ . '/elements.json' );
		$elements = is_string( $json ) ? json_decode( $json, true ) : array();
		$elements = is_array( $elements ) ? $elements : array();
	}
	return isset( $elements[ $element ] ) ? $elements[ $element ] : null;
}
