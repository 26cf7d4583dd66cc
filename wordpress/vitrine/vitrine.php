<?php
/**
 * Plugin Name:       Vitrine
 * Description:       Affiche les fiches action d’un centre social (budget, financeurs, ETP, territoire) depuis un flux Vitrine : shortcode [vitrine] et bloc « Vitrine ». Aucun cookie, aucune requête vers un tiers.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       vitrine
 *
 * Why a plugin: WordPress strips <script> from the content of every author without the
 * unfiltered_html capability (authors, editors on multisite). The shortcode and the block
 * write only the element's tag; the plugin itself loads the script, from its own copy of
 * the library (assets/), on the pages that use it.
 */

defined( 'ABSPATH' ) || exit;

define( 'VITRINE_PLUGIN_VERSION', '0.1.0' );

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', 'vitrine_register' );

function vitrine_register() {
	wp_register_script( 'vitrine', plugins_url( 'assets/vitrine.js', __FILE__ ), array(), VITRINE_PLUGIN_VERSION, true );
	add_shortcode( 'vitrine', 'vitrine_shortcode' );
	wp_register_script(
		'vitrine-block-editor',
		plugins_url( 'block/editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		VITRINE_PLUGIN_VERSION,
		true
	);
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'vitrine_render_block' ) );
}

// WordPress 6.1 has no wp_enqueue_script_module(): the library is an ES module, so its tag gets type="module".
add_filter( 'script_loader_tag', 'vitrine_module_tag', 10, 2 );

function vitrine_module_tag( $tag, $handle ) {
	if ( 'vitrine' !== $handle ) {
		return $tag;
	}
	return preg_replace( '/<script(?![^>]*\btype=)/', '<script type="module"', $tag, 1 );
}

/**
 * [vitrine element="action-card" action="halte-repit" variant="full"]contenu de secours[/vitrine]
 *
 * `action` is the action's id, `feed` (or `src`) the feed's URL (default: the one set in
 * Réglages → Vitrine); any other attribute the element documents is passed through.
 */
function vitrine_shortcode( $atts, $content = '' ) {
	$atts = is_array( $atts ) ? $atts : array();
	return vitrine_render_element( $atts, is_string( $content ) ? $content : '' );
}

/** The block stores the same options as the shortcode; its optional fallback text is plain text. */
function vitrine_render_block( $attributes ) {
	$atts = array(
		'element' => isset( $attributes['element'] ) ? $attributes['element'] : 'action-card',
		'feed'    => isset( $attributes['feed'] ) ? $attributes['feed'] : '',
		'action'  => isset( $attributes['action'] ) ? $attributes['action'] : '',
	);
	if ( isset( $attributes['options'] ) && is_array( $attributes['options'] ) ) {
		$atts = array_merge( $attributes['options'], array_filter( $atts, 'strlen' ) );
	}
	$fallback = isset( $attributes['fallback'] ) ? esc_html( $attributes['fallback'] ) : '';
	return vitrine_render_element( $atts, $fallback );
}

/** The element's HTML: a known tag, known attributes only, every value escaped. */
function vitrine_render_element( array $atts, $content ) {
	$atts    = array_change_key_case( $atts, CASE_LOWER );
	$element = isset( $atts['element'] ) ? strtolower( (string) $atts['element'] ) : 'action-card';
	$allowed = vitrine_element_attributes( $element );
	if ( null === $allowed ) {
		return '<p class="vitrine-error">' . esc_html( sprintf( 'Vitrine : élément inconnu « %s ».', $element ) ) . '</p>';
	}
	$allowed[] = 'lang';
	$src = '';
	foreach ( array( 'feed', 'src' ) as $key ) {
		if ( ! empty( $atts[ $key ] ) ) {
			// Only http(s) or a path on the site: esc_url() empties anything else (javascript:…).
			$src = esc_url( (string) $atts[ $key ], array( 'http', 'https' ) );
		}
	}
	if ( '' === $src ) {
		$src = esc_url( vitrine_default_feed(), array( 'http', 'https' ) );
	}
	$html_atts = array();
	if ( '' !== $src && in_array( 'src', $allowed, true ) ) {
		$html_atts['src'] = $src;
	}
	if ( ! empty( $atts['action'] ) && in_array( 'action-id', $allowed, true ) ) {
		$html_atts['action-id'] = sanitize_title( $atts['action'] );
	}
	foreach ( $atts as $name => $value ) {
		// [vitrine element="action-list" no-filters]: a bare word is a boolean attribute.
		if ( is_int( $name ) ) {
			$name  = strtolower( (string) $value );
			$value = '';
		}
		if ( in_array( $name, array( 'element', 'feed', 'src', 'action' ), true ) || ! in_array( $name, $allowed, true ) ) {
			continue;
		}
		$html_atts[ $name ] = (string) $value;
	}
	wp_enqueue_script( 'vitrine' );
	$attr_html = '';
	foreach ( $html_atts as $name => $value ) {
		$attr_html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	// The fallback content shows until the data renders, and stays when the feed cannot be read.
	return '<' . $element . $attr_html . '>' . wp_kses_post( $content ) . '</' . $element . '>';
}
