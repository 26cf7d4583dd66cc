<?php
/**
 * Réglages → Vitrine: the address of the centre's feed, used by every shortcode and
 * block that does not name one.
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_init', 'vitrine_register_setting' );
add_action( 'admin_menu', 'vitrine_settings_menu' );

function vitrine_register_setting() {
	register_setting(
		'vitrine',
		'vitrine_feed_url',
		array(
			'type'              => 'string',
			'sanitize_callback' => 'vitrine_sanitize_feed_url',
			'default'           => '',
		)
	);
	add_settings_section( 'vitrine_feed', '', '__return_false', 'vitrine' );
	add_settings_field( 'vitrine_feed_url', 'Adresse du flux', 'vitrine_feed_url_field', 'vitrine', 'vitrine_feed', array( 'label_for' => 'vitrine_feed_url' ) );
}

function vitrine_sanitize_feed_url( $value ) {
	return esc_url_raw( trim( (string) $value ), array( 'http', 'https' ) );
}

function vitrine_default_feed() {
	/** Filters the feed URL used when a shortcode or block names none. */
	return (string) apply_filters( 'vitrine_default_feed', get_option( 'vitrine_feed_url', '' ) );
}

function vitrine_settings_menu() {
	add_options_page( 'Vitrine', 'Vitrine', 'manage_options', 'vitrine', 'vitrine_settings_page' );
}

function vitrine_feed_url_field() {
	printf(
		'<input type="url" class="regular-text" id="vitrine_feed_url" name="vitrine_feed_url" value="%s" placeholder="/vitrine/feed.json" /><p class="description">%s</p>',
		esc_attr( get_option( 'vitrine_feed_url', '' ) ),
		esc_html( 'Le fichier JSON de vos fiches action, de préférence sur votre propre site. Chaque shortcode ou bloc peut en nommer un autre.' )
	);
}

function vitrine_settings_page() {
	?>
	<div class="wrap">
		<h1>Vitrine</h1>
		<form method="post" action="options.php">
			<?php
			settings_fields( 'vitrine' );
			do_settings_sections( 'vitrine' );
			submit_button();
			?>
		</form>
		<p>Exemple : <code>[vitrine element="action-card" action="halte-repit"]</code></p>
	</div>
	<?php
}
