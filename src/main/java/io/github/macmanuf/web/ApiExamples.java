package io.github.macmanuf.web;

/** Example bodies for the OpenAPI document: real answers of this service on the bundled registry. */
final class ApiExamples {

	static final String PROBLEM = "application/problem+json";

	static final String LOOKUP = """
			{"mac":"00:1B:C5:00:10:00/36","manuf":"OpenRBco","manuf_desc":"OpenRB.com, Direct SIA",\
			"address":"00:1B:C5:00:12:34","prefix_bits":36,"comment":null,"locally_administered":false,\
			"multicast":false,"broadcast":false,"source":"manuf"}""";

	static final String LOOKUP_NOT_FOUND = """
			{"type":"about:blank","title":"MAC address not registered","status":404,\
			"detail":"No registry entry contains 3A:12:34:56:78:9A. It is locally administered (randomized or private).",\
			"instance":"/chilcano/api/manuf/3a:12:34:56:78:9a","error":"The MAC Address '3A:12:34:56:78:9A' does not exist",\
			"address":"3A:12:34:56:78:9A","locally_administered":true,"multicast":false}""";

	static final String MALFORMED = """
			{"type":"about:blank","title":"Malformed MAC address","status":400,"detail":"not a MAC address: use \
			00:50:CA:FE:CA:FE, 00-50-ca-fe-ca-fe, 0050.cafe.cafe, 0050cafecafe or a prefix of 3 to 5 octets or 6 to 11 \
			hex digits","instance":"/chilcano/api/manuf/00:50:ca:fe:ca:fe:01",\
			"error":"The MAC Address '00:50:ca:fe:ca:fe:01' is malformed","address":"00:50:ca:fe:ca:fe:01"}""";

	static final String ENTRY_REQUEST = """
			{"mac":"70:B3:D5:12:30:00/36","manuf":"Acme","manuf_desc":"Acme Sensors Ltd"}""";

	static final String ENTRY = """
			{"mac":"70:B3:D5:12:30:00/36","manuf":"Acme","manuf_desc":"Acme Sensors Ltd",\
			"address":"70:B3:D5:12:30:00/36","prefix_bits":36,"comment":null,"locally_administered":false,\
			"multicast":false,"broadcast":false,"source":"user"}""";

	static final String INVALID = """
			{"type":"about:blank","title":"Invalid request","status":400,\
			"detail":"manuf: must be 1 to 256 characters after trimming","instance":"/chilcano/api/manuf",\
			"errors":[{"field":"manuf","message":"must be 1 to 256 characters after trimming"}]}""";

	static final String CONFLICT = """
			{"type":"about:blank","title":"User entry exists","status":409,"detail":"A user entry for \
			70:B3:D5:12:30:00/36 exists already: change it with PUT /chilcano/api/manuf/70:B3:D5:12:30:00/36 or \
			delete it first.","instance":"/chilcano/api/manuf","mac":"70:B3:D5:12:30:00/36"}""";

	static final String NO_USER_ENTRY = """
			{"type":"about:blank","title":"No such user entry","status":404,"detail":"There is no user entry for \
			70:B3:D5:12:30:00/36. The entry served there is imported and cannot be changed or deleted; POST a user \
			entry to override it.","instance":"/chilcano/api/manuf/70:B3:D5:12:30:00/36","mac":"70:B3:D5:12:30:00/36"}""";

	static final String BULK_REQUEST = """
			["00:50:CA:FE:CA:FE","0050.cafe.cafe","3a:12:34:56:78:9a","not-a-mac"]""";

	static final String BULK_TEXT = "00:50:CA:FE:CA:FE\n0050.cafe.cafe\n\n3a:12:34:56:78:9a\nnot-a-mac\n";

	static final String BULK_RESPONSE = """
			[{"mac":"00:50:CA","manuf":"DZS","manuf_desc":"DZS Inc.","address":"00:50:CA:FE:CA:FE","prefix_bits":24,\
			"comment":null,"locally_administered":false,"multicast":false,"broadcast":false,"source":"manuf"},\
			{"mac":"00:50:CA","manuf":"DZS","manuf_desc":"DZS Inc.","address":"00:50:CA:FE:CA:FE","prefix_bits":24,\
			"comment":null,"locally_administered":false,"multicast":false,"broadcast":false,"source":"manuf"},\
			{"address":"3A:12:34:56:78:9A","error":"The MAC Address '3A:12:34:56:78:9A' does not exist","status":404},\
			{"address":"not-a-mac","error":"The MAC Address 'not-a-mac' is malformed","status":400}]""";

	static final String BULK_ERROR = """
			{"address":"3A:12:34:56:78:9A","error":"The MAC Address '3A:12:34:56:78:9A' does not exist","status":404}""";

	static final String TOO_MANY = """
			{"type":"about:blank","title":"Too many addresses","status":413,"detail":"A bulk lookup takes at most \
			100000 addresses (manuf.bulk.max-items); split the list.","instance":"/chilcano/api/manuf/lookup",\
			"limit":100000}""";

	static final String TOO_SLOW = """
			{"type":"about:blank","title":"Request Timeout","status":408,"detail":"A bulk lookup body must arrive \
			within 60 s (manuf.bulk.max-body-time); this one came too slowly.","instance":"/chilcano/api/manuf/lookup"}""";

	static final String FORCE_INVALID = """
			{"type":"about:blank","title":"Invalid request","status":400,"detail":"force: must be true or false",\
			"instance":"/chilcano/api/admin/refresh","errors":[{"field":"force","message":"must be true or false"}]}""";

	static final String SEARCH = """
			{"q":"cisco","source":null,"page":0,"size":2,"total":1252,"total_pages":626,"items":[{"mac":"00:00:0C",\
			"manuf":"Cisco","manuf_desc":"Cisco Systems, Inc","prefix_bits":24,"comment":null,"source":"manuf"},\
			{"mac":"00:01:42","manuf":"Cisco","manuf_desc":"Cisco Systems, Inc","prefix_bits":24,"comment":null,\
			"source":"manuf"}]}""";

	static final String BULK_INVALID = """
			{"type":"about:blank","title":"Invalid request","status":400,"detail":"body: must be a JSON array of \
			strings","instance":"/chilcano/api/manuf/lookup","errors":[{"field":"body","message":"must be a JSON \
			array of strings"}]}""";

	static final String SEARCH_INVALID = """
			{"type":"about:blank","title":"Invalid request","status":400,"detail":"size: must be 1 to 500",\
			"instance":"/chilcano/api/manuf","errors":[{"field":"size","message":"must be 1 to 500"}]}""";

	static final String META = """
			{"entries":52632,"by_mask_length":{"16":36,"24":36235,"25":2,"28":5479,"32":6,"36":10707,"40":8,"44":2,\
			"45":2,"48":155},"by_source":{"manuf":52417,"user":0,"wka":215},"current_import":{"imported_at":\
			"2026-12-03T13:26:53.208Z","source":"bundled:libwireshark-data 4.0.17-0+deb12u3","sha256":\
			"f8f37ba966611437062d0c94bf3ec6d4774c87fe6ebdc3f553e2def91c555d2d","manuf_entries":52417,"wka_entries":216,\
			"rejected_lines":0}}""";

	private ApiExamples() {
	}

}
