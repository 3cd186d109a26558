console.log("kabinet test asset");
