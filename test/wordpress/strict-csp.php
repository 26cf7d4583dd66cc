<?php
/**
 * Plugin Name: Strict CSP for the test site
 * Description: Serves every visitor page with a strict Content-Security-Policy. WordPress 6.1 and its
 * themes print inline scripts, <style> blocks and style attributes: they get a per-request nonce
 * (or, for style attributes, their hash), as strict-CSP plugins do on real sites. Anything else,
 * Vitrine included, must be a same-origin file: its script tag has a src and gets no nonce, and its
 * styles are constructed stylesheets inside its shadow roots.
 */

if ( is_admin() || ( isset( $GLOBALS['pagenow'] ) && 'wp-login.php' === $GLOBALS['pagenow'] ) || ( defined( 'WP_CLI' ) && WP_CLI ) || PHP_SAPI === 'cli' ) {
	return;
}

ob_start(
	static function ( $html ) {
		if ( headers_sent() || stripos( $html, '<html' ) === false ) {
			return $html;
		}
		$nonce = base64_encode( random_bytes( 18 ) );
		// Inline <script> and <style> only: a <script src> must come from 'self' like any file.
		$html = preg_replace( '/<(script(?![^>]*\ssrc=)|style)(?![^>]*\snonce=)(?=[\s>])/i', '<$1 nonce="' . $nonce . '"', $html );
		$hashes = array();
		if ( preg_match_all( '/\sstyle=("([^"]*)"|\'([^\']*)\')/i', $html, $matches, PREG_SET_ORDER ) ) {
			foreach ( $matches as $m ) {
				$value = html_entity_decode( isset( $m[3] ) && '' !== $m[3] ? $m[3] : $m[2], ENT_QUOTES | ENT_HTML5, 'UTF-8' );
				$hashes[ "'sha256-" . base64_encode( hash( 'sha256', $value, true ) ) . "'" ] = true;
			}
		}
		$style_attributes = $hashes ? " 'unsafe-hashes' " . implode( ' ', array_keys( $hashes ) ) : '';
		header(
			"Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-$nonce'; style-src 'self' 'nonce-$nonce'$style_attributes; " .
			"img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
		);
		return $html;
	}
);
